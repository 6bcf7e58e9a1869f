package reviewsheet

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/stretchr/testify/assert"
)

// TestListWordIn: a contract's or recipient's name lines that hold a word
// of the list's headers are rows of another recipient.
func TestListWordIn(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"a contract name over two lines", "地域における孤独・孤立対策に関する\n調査研究業務\n", "", false},
		{"支出先名 among the lines", "支出先名\n一般社団法人ＲＣＦ\n支出額\n21,505\n", "支出先名", true},
		{"the contract header's last word with its ∕", "一者応札等の理由と改善策∕落札率非公開の理由\n滋賀県\n", "一者応札等の理由と改善策∕落札率非公開の理由", true},
		{"the recipient header joined", "支出先名 支出額 法人番号\nX\n", "支出先名 支出額 法人番号", true},
		{"a word inside a name is text", "支出額の少ない事業\n", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, ok := linerules.ListWordIn(scanLines(tc.in))
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, w)
		})
	}
}

func TestCorporateNumberLine(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"none", "株式会社電通\n", ""},
		{"a 法人番号 alone", "8010501050089\n入札者数\n", "8010501050089"},
		{"12 digits are not one", "801050105008\n", ""},
		{"digits inside a line are not one", "令和6年度 8010501050089\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := scanLines(tc.in)
			assert.Equal(t, tc.want, linerules.CorporateNumberLine(lines))
			assert.Equal(t, tc.want != "", linerules.HasCorporateNumberLine(lines))
		})
	}
}

func TestIsEraName(t *testing.T) {
	for s, want := range map[string]bool{"令和": true, "平成": true, "昭和": true, "令和6年度": false, "令": false, "": false} {
		assert.Equal(t, want, linerules.IsEraName(s), s)
	}
}
