package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinReflectionRow(t *testing.T) {
	const h = "会計 勘定 反映額 (千円)"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: three cells a paragraph each", "反映額\n" + h + "\n--\n\n--\n\n--\n\n詳細\n\n--\n", "反映額\n" + h + "\n-- -- --\n詳細\n--"},
		{"figures", "反映額\n" + h + "\n一般会計\n\n--\n\n1,000\n\n詳細\n", "反映額\n" + h + "\n一般会計 -- 1,000\n詳細"},
		{"four lines before 詳細: left as it is", "反映額\n" + h + "\n--\n\n--\n\n--\n\n--\n\n詳細\n", "反映額\n" + h + "\n--\n--\n--\n--\n詳細"},
		{"two lines before 詳細: left as it is", "反映額\n" + h + "\n--\n\n--\n詳細\n", "反映額\n" + h + "\n--\n--\n詳細"},
		{"a cell with a space: left as it is", "反映額\n" + h + "\n--\n\n-- --\n\n--\n\n詳細\n", "反映額\n" + h + "\n--\n-- --\n--\n詳細"},
		{"the sheet's layout: left as it is", "反映額\n" + h + "\n-- -- --\n詳細 --\n", "反映額\n" + h + "\n-- -- --\n詳細 --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range joinReflectionRow(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
