package linerules

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/stretchr/testify/require"
)

// affixMarkers are the table markers the rules compare (prefixes) and
// the header they look for at line ends (suffix).
var (
	prefixMarkers = []string{"契約概要（契約名）", "支出先名 ", "支出先ブロック名 ", "国庫債務負担行為"}
	suffixMarkers = []string{string(label.SpUsesHeader)}
)

// checkCollapsedAffix compares the quick answers with the definitions.
func checkCollapsedAffix(t *testing.T, line string) {
	c := CollapseSpaces(line)
	for _, p := range prefixMarkers {
		require.Equal(t, strings.HasPrefix(c, p), CollapsedHasPrefix(line, p), "%q prefix %q", line, p)
	}
	for _, s := range suffixMarkers {
		require.Equal(t, strings.HasSuffix(c, s), CollapsedHasSuffix(line, s), "%q suffix %q", line, s)
	}
}

// TestCollapsedAffix: CollapsedHasPrefix and CollapsedHasSuffix answer
// as HasPrefix and HasSuffix of CollapseSpaces, on every line of the
// test texts and on the markers with white space of every kind around
// and inside them.
func TestCollapsedAffix(t *testing.T) {
	paths := []string{samplePath}
	for _, dir := range []string{"../testdata/extractors", "../testdata/variants"} {
		m, err := filepath.Glob(dir + "/*.txt")
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	hits := 0
	for _, p := range paths {
		_, lines := sheettext.Scan(p, readFile(t, p))
		for _, l := range lines {
			checkCollapsedAffix(t, l.Text)
			if CollapsedHasPrefix(l.Text, "契約概要（契約名）") || CollapsedHasSuffix(l.Text, string(label.SpUsesHeader)) {
				hits++
			}
		}
	}
	require.Positive(t, hits, "the markers occur in the test texts")
	spaces := []string{"", " ", "  ", "\t", "\u00a0", "\u3000", " \u3000", "\u3000\u3000"}
	for _, m := range append(append([]string{}, prefixMarkers...), suffixMarkers...) {
		words := strings.Split(m, " ")
		for _, sp := range spaces {
			for _, sp2 := range spaces {
				checkCollapsedAffix(t, sp+m+sp2)
				checkCollapsedAffix(t, sp+strings.Join(words, sp2+" ")+" x")
				checkCollapsedAffix(t, "x"+sp+strings.Join(words, " "+sp2))
				checkCollapsedAffix(t, sp+strings.TrimSpace(m)+sp2+"続き")
				if len(words[0]) > 3 {
					checkCollapsedAffix(t, sp+words[0][:3]+sp2+words[0][3:]) // a space inside the word
				}
			}
		}
	}
}

// FuzzCollapsedAffix compares the quick answers with the definitions on
// any line.
func FuzzCollapsedAffix(f *testing.F) {
	for _, m := range append(append([]string{}, prefixMarkers...), suffixMarkers...) {
		f.Add(m)
		f.Add(" \u3000" + m + "\t")
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkCollapsedAffix(t, line)
	})
}
