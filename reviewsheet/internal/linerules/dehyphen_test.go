package linerules

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func TestSplitDehyphenated(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"その他担当組織 -基本情報 予算事業ID 006423", []string{"その他担当組織 --", "基本情報 予算事業ID 006423"}},
		{"-- -関係する計画・", []string{"-- --", "関係する計画・"}},
		{"-実績∕目標∕見込みの", []string{"--", "実績∕目標∕見込みの"}},
		{"-- -- -詳細 -公開プロセス・", []string{"-- -- --", "詳細 --", "公開プロセス・"}},
		{"22,528 1 64 -支出先名", []string{"22,528 1 64 --", "支出先名"}},
		{"44,000 1 -予定価格が類推される恐れがあるため", []string{"44,000 1 --", "予定価格が類推される恐れがあるため"}},
		{"達成率(%) 17.3% -達成率(%)", []string{"達成率(%) 17.3% --", "達成率(%)"}},
		// left alone: text after a label, "---", a sign, ASCII text, a
		// lone dash, a dash inside a word
		{"目標年度における効果測定に関する評価 -（令和９年度実施）", []string{"目標年度における効果測定に関する評価 -（令和９年度実施）"}},
		{"政策: ---／施策: ---", []string{"政策: ---／施策: ---"}},
		{"---", []string{"---"}},
		{"計画 -計画の変更", []string{"計画 -計画の変更"}},
		{"増減 -5", []string{"増減 -5"}},
		{"a -b", []string{"a -b"}},
		{"成果指標 -", []string{"成果指標 -"}},
		{"https://www5.cao.go.jp/keizai-shimon", []string{"https://www5.cao.go.jp/keizai-shimon"}},
		{"要求額 -- 408,000", []string{"要求額 -- 408,000"}},
		{"ーー -- ----", []string{"ーー -- ----"}},
	} {
		_, lines := sheettext.Scan("x", []byte(tc.in))
		got, _ := SplitDehyphenated(lines)
		var texts []string
		for _, l := range got {
			texts = append(texts, l.Text)
			// a split line keeps the position of its first byte (its
			// "--" is made of the one "-" printed)
			assert.True(t, strings.HasPrefix(tc.in[int(l.Pos)-1:], strings.TrimSuffix(l.Text, "-")), "%q: position of %q", tc.in, l.Text)
		}
		if !strings.Contains(strings.Join(tc.want, "|"), "--|") && len(tc.want) == 1 {
			assert.False(t, HasDehyphenated([]byte(tc.in)), "%q", tc.in)
		} else {
			assert.True(t, HasDehyphenated([]byte(tc.in)), "%q", tc.in)
		}
		assert.Equal(t, tc.want, texts, "%q", tc.in)
	}
	assert.False(t, HasDehyphenated(readFile(t, samplePath)))
}

// TestDehyphenKangxi: a "--" glued to a label printed in compatibility
// forms (wkhtmltopdf's ⽀出先, U+2F40) is split off like any other.
func TestDehyphenKangxi(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		at         int
		want       bool
	}{
		{"Kangxi radical 支 starts the section heading", "項 -\u2f40出先", 4, true},
		{"the same label in its usual form", "項 -支出先", 4, true},
		{"a radical that starts no label", "項 -\u2f40", 4, false},
		{"general punctuation after the dash is not glued", "3 -→", 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, dehyphenAt(tc.line, tc.at))
		})
	}
}

// TestCellsAfterNext: the 達成率 row's cells after 後続アウトカムへのつながり
// move up to their row (the fourth rule), unless the rows were all
// printed apart from their cells (bareRowLabel): then the cells are the
// table's, a paragraph each (Chromium), and stay.
func TestCellsAfterNext(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		lost           int
	}{
		{"the 達成率 row's cells after the link label",
			"活動実績∕成果実績(団体) -- 71 --\n達成率(%)\n後続アウトカム\nへのつながり\n\n-- 142 --\n",
			"活動実績∕成果実績(団体) -- 71 --|達成率(%) -- 142 --|後続アウトカム|へのつながり|-", 1},
		{"Chromium: every row label bare, the cells a paragraph each",
			"∕\n活動実績∕成果実績(名)\n当初見込み 目標値(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n\n742\n",
			"∕|活動実績∕成果実績(名)|当初見込み 目標値(名)|達成率(%)|後続アウトカム|へのつながり|500|742", 0},
		{"LibreOffice: the rows bare, the cells a column each",
			"当初見込み∕目標値(名)\n活動実績∕成果実績(名)\n達成率(%)\n後続アウトカム\nへのつながり\n\n500\n742\n148.4\n",
			"当初見込み∕目標値(名)|活動実績∕成果実績(名)|達成率(%)|後続アウトカム|へのつながり|500|742|148.4", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, lines := sheettext.Scan("x", []byte(tc.in))
			got, lost := SplitDehyphenated(lines)
			texts := make([]string, len(got))
			for i, l := range got {
				texts[i] = l.Text
			}
			assert.Equal(t, tc.want, strings.Join(texts, "|"))
			assert.Len(t, lost, tc.lost)
		})
	}
}

// hasDehyphenatedRef is HasDehyphenated before its '-' were tested for
// the byte after them first.
func hasDehyphenatedRef(src []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '-')
		if j < 0 {
			return false
		}
		i += j
		if glued(src, i) {
			start := bytes.LastIndexByte(src[:i], '\n') + 1
			end := bytes.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			if dehyphenAt(string(src[start:i+end]), i-start) {
				return true
			}
		}
		for i < len(src) && src[i] == '-' {
			i++
		}
	}
}

// FuzzHasDehyphenated compares HasDehyphenated with the loop it replaces.
//
//	go test ./reviewsheet/internal/linerules -run '^$' -fuzz FuzzHasDehyphenated -fuzztime 30s
func FuzzHasDehyphenated(f *testing.F) {
	for _, dir := range []string{"../../../testdata/extractors", "../../../testdata/variants"} {
		m, _ := filepath.Glob(dir + "/*.txt")
		for _, p := range m {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte("その他担当組織 -基本情報 予算事業ID 001\n170,042 3 91.1 -支出先名\n-⽀出先名\n-- -- --\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, want := HasDehyphenated(src), hasDehyphenatedRef(src); got != want {
			t.Fatalf("HasDehyphenated %v, reference %v", got, want)
		}
	})
}
