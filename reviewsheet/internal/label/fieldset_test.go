package label

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

// allFieldSets are the sets the parser matches lines against.
var allFieldSets = map[string]*Set{
	"basic": BasicSpecs, "budget": BudgetSpecs, "kpi": KPISpecs, "evaluation": EvaluationSpecs,
	"spending": SpendingSpecs, "outcome": OcSpecs, "outcome kinds": OcKindSet,
	"list headers": ListHeaders, "sections": SectionSet, "budget rows": BudgetRowSet,
}

// fieldSetInputs are texts whose every line (and every cut of a line
// at a space) the filters are checked on.
var fieldSetInputs = append([]string{samplePath, "../../../testdata/spending/rs2025-006423.redelegation.txt",
	"../../../testdata/outcome/rs2025-006423.badpath.txt"}, variantPaths...)

// TestFieldSetFilters proves that the prefix filters only save work: on
// every line of the test texts, and on hand-made lines with alternate
// spellings and wrapped labels, every label Match or splitInline
// finds is among the candidates.
func TestFieldSetFilters(t *testing.T) {
	var lines []sheettext.Line
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		lines = append(lines, ls...)
	}
	for _, s := range []string{
		"事業終了(予定)年度 終了予定なし", "予算事業ＩＤ 006423", "実績/目標/見込みの根拠として用いた統計・データ名(出典)",
		"前年度から繰越", "成果", "目標", "-- 成果目標 x", "ア", "x 活動目標", "a", "", "  ",
	} {
		lines = append(lines, sheettext.Line{Text: s})
	}
	checked := 0
	for name, set := range allFieldSets {
		set.Compile()
		for i := range lines {
			cand := set.Candidates(lines[i].Text)
			for j, sp := range set.Specs {
				_, _, ok := set.Match(lines, i, j)
				_, _, ok2 := Match(lines, i, sp.L)
				assert.Equal(t, ok2, ok, "%s: the set matches %q as matchLabel does", name, lines[i].Text)
				if ok {
					checked++
					assert.NotZero(t, cand&(1<<j), "%s: %q starts %s but is not a candidate", name, lines[i].Text, sp.L)
				}
			}
			// inlineCandidates(text, cur) is inlineCandidates(text, -1) & after(cur)
			inl := set.InlineCandidates(lines[i].Text, -1)
			for j, sp := range set.Specs {
				if !sp.Inline {
					assert.Zero(t, inl&(1<<j))
					continue
				}
				if _, _, ok := set.SplitInline(lines[i].Text, j); ok {
					checked++
					assert.NotZero(t, inl&(1<<j), "%s: %q holds %s inline but it is not a candidate", name, lines[i].Text, sp.L)
				}
			}
		}
	}
	assert.Greater(t, checked, 500, "the texts exercise the filters")
}

// TestMatchCandidates proves that MatchCandidates only saves work: for
// every line of one byte, of two bytes (any first byte; a second byte
// of a few kinds, or the first two bytes of a spelling), followed by each
// spelling's rest (a label wrapped after its first bytes) or by
// nothing, every spec the set's Match accepts is among the candidates;
// the lines of the test texts are checked as in TestFieldSetFilters.
func TestMatchCandidates(t *testing.T) {
	var texts []string
	for a := 0; a < 256; a++ {
		texts = append(texts, string([]byte{byte(a)}))
		for _, b := range []byte{'-', ' ', '1', 'a', 'I', 0x80, 0xBC, 0xBF, 0xE4} {
			texts = append(texts, string([]byte{byte(a), b}))
		}
	}
	for _, sps := range labelSpellings {
		for _, sp := range sps {
			texts = append(texts, sp[:min(2, len(sp))])
		}
	}
	for _, set := range allFieldSets {
		for _, sp := range set.Specs {
			texts = append(texts, string(sp.L)[:min(2, len(sp.L))])
		}
	}
	for _, p := range fieldSetInputs {
		_, ls := sheettext.Scan(p, readFile(t, p))
		for _, l := range ls {
			texts = append(texts, l.Text)
		}
	}
	checked, inlineChecked := 0, 0
	for name, set := range allFieldSets {
		set.Compile()
		nexts := []string{""}
		for _, sps := range set.spell {
			for _, sp := range sps {
				for k := 1; k < len(sp) && k <= 2; k++ {
					nexts = append(nexts, sp[k:], sp[k:]+" x")
				}
			}
		}
		for _, text := range texts {
			cand := set.MatchCandidates(text)
			assert.Equal(t, set.Candidates(text)&cand, cand, "%s: %q: a subset of Candidates", name, text)
			for _, next := range nexts {
				if len(text) > 2 && next != "" {
					continue
				}
				lines := []sheettext.Line{{Text: text}}
				if next != "" {
					lines = append(lines, sheettext.Line{Text: next})
				}
				for j := range set.Specs {
					if _, _, ok := set.Match(lines, 0, j); ok {
						checked++
						assert.NotZero(t, cand&(1<<j), "%s: %q then %q starts %s but is not a candidate", name, text, next, set.Specs[j].L)
					}
				}
			}
			// a short token after other text, as inline labels stand
			for _, line := range []string{text, "-- " + text, "x  " + text, text + " --", "0 " + text + " 0"} {
				inl := set.InlineCandidates(line, -1)
				for j, sp := range set.Specs {
					if _, _, ok := set.SplitInline(line, j); ok && sp.Inline {
						inlineChecked++
						assert.NotZero(t, inl&(1<<j), "%s: %q holds %s inline but it is not a candidate", name, line, sp.L)
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 500, "the texts exercise the filter")
	assert.Greater(t, inlineChecked, 100, "the texts exercise the inline filter")
}

func TestMayStartAlt(t *testing.T) {
	for _, alts := range labelSpellings {
		for _, a := range alts {
			assert.True(t, mayStartAlt(a), "%q", a)
			assert.True(t, mayStartAlt(a[:min(len(a), 4)]), "%q cut", a)
		}
	}
	assert.True(t, mayStartAlt("ab"), "shorter than a key: always looked at")
}

func TestAfter(t *testing.T) {
	assert.Equal(t, ^uint64(0), After(-1))
	assert.Equal(t, ^uint64(1), After(0))
	assert.Equal(t, uint64(0), After(63))
	assert.Equal(t, uint64(1)<<63, After(62))
}

// TestInlineShortSpelling: a spelling shorter than a prefix key ("ID",
// "X") is still a candidate where it stands as a short last token.
func TestInlineShortSpelling(t *testing.T) {
	set := NewSet([]Spec{{L: "ID", Inline: true}, {L: "X", Inline: true}, {L: "成果目標", Inline: true}})
	set.Compile()
	for _, line := range []string{"ID", "-- ID", "x  ID", "X", "a X", "ID X", "-- 成果目標", "-- 成果目標 X"} {
		inl := set.InlineCandidates(line, -1)
		found := 0
		for j := range set.Specs {
			if _, _, ok := set.SplitInline(line, j); ok {
				found++
				assert.NotZero(t, inl&(1<<j), "%q holds %s", line, set.Specs[j].L)
			}
		}
		assert.NotZero(t, found, "%q holds a label", line)
	}
	assert.Zero(t, set.InlineCandidates("--", -1)&(1<<2), "a dash cell is no candidate for a long label")
}

// TestMayInline: where MayInline is false, InlineCandidates finds no
// spec, on every line of the test texts and on every spelling of every
// label of each set (so readFields may skip it).
func TestMayInline(t *testing.T) {
	var textLines []string
	for _, p := range fieldSetInputs {
		textLines = append(textLines, strings.Split(string(readFile(t, p)), "\n")...)
	}
	for name, set := range allFieldSets {
		set.Compile()
		lines := textLines
		for _, sp := range set.Specs {
			lines = append(lines, string(sp.L), "-- "+string(sp.L)+" x")
			for _, a := range AltSpellings(sp.L) {
				lines = append(lines, a, "-- "+a)
			}
		}
		for cur := -1; cur < len(set.Specs); cur++ {
			if set.MayInline(cur) {
				continue
			}
			for _, l := range lines {
				require.Zero(t, set.InlineCandidates(l, cur), "%s %d %q", name, cur, l)
			}
		}
	}
	require.NotEmpty(t, textLines)
}
