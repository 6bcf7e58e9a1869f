package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJoinReflectionDashes(t *testing.T) {
	const h = "会計 勘定 反映額 (千円)"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: two cells before 詳細, two glued after it", "反映額\n" + h + "\n--\n\n--\n詳細\n\n---\n\n公開プロセス・\n", "反映額\n" + h + "\n-- -- --\n詳細\n--\n公開プロセス・"},
		{"one cell before 詳細, three glued after it", "反映額\n" + h + "\n--\n詳細\n----\nその他の指摘事項\n", "反映額\n" + h + "\n-- -- --\n詳細\n--\nその他の指摘事項"},
		{"A5: five cells for four, left as it is", "反映額\n" + h + "\n--\n--\n--\n--\n詳細\n--\n公開プロセス・\n", "反映額\n" + h + "\n--\n--\n--\n--\n詳細\n--\n公開プロセス・"},
		{"LibreOffice: runs go on after 詳細, left as it is", "反映額\n" + h + "\n--\n--\n詳細\n---\n----\n--\n最終実施年度\n", "反映額\n" + h + "\n--\n--\n詳細\n---\n----\n--\n最終実施年度"},
		{"a figure cell, left as it is", "反映額\n" + h + "\n1,000\n--\n詳細\n---\n", "反映額\n" + h + "\n1,000\n--\n詳細\n---"},
		{"a lone -, left as it is", "反映額\n" + h + "\n-\n--\n詳細\n---\nx\n", "反映額\n" + h + "\n-\n--\n詳細\n---\nx"},
		{"the sheet's layout, left as it is", "反映額\n" + h + "\n-- -- --\n詳細 --\n", "反映額\n" + h + "\n-- -- --\n詳細 --"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(JoinReflectionDashes(scanLines(tc.in))))
		})
	}
}

func TestDashRunCells(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cells int
		ok    bool
	}{
		{"--", 1, true},
		{"---", 2, true},
		{"----", 3, true},
		{"-", 0, false},
		{"-- --", 0, false},
		{"-詳細", 0, false},
		{"", 0, false},
	} {
		n, ok := DashRunCells(tc.in)
		assert.Equal(t, tc.ok, ok, "%q", tc.in)
		assert.Equal(t, tc.cells, n, "%q", tc.in)
	}
}
