package sheetfmt

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

const samplePath = "../../testdata/rs2025-006423.txt"

// nonBlank returns the lines of text that are not blank, form feeds
// removed: blank lines and page breaks are where the layout may differ.
func nonBlank(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\f", "\n"), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// lineDiff is a minimal line diff (longest common subsequence): lines
// only in a start with "-", lines only in b with "+", each prefixed by
// the line number in a or b.
func lineDiff(a, b []string) (out []string, same int) {
	n, m := len(a), len(b)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			same++
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			out = append(out, fmt.Sprintf("+%d %s", j+1, b[j]))
			j++
		default:
			out = append(out, fmt.Sprintf("-%d %s", i+1, a[i]))
			i++
		}
	}
	return out, same
}

// TestSampleLayout: formatting the parsed sample gives text that parses
// to an equal Sheet, and its non-blank lines are compared with the
// sample's line for line. The differences are accepted and pinned in
// testdata/roundtrip/rs2025-006423.layout.diff (-update rewrites it);
// doc.go lists their kinds.
func TestSampleLayout(t *testing.T) {
	src, err := os.ReadFile(samplePath)
	require.NoError(t, err)
	s, err := reviewsheet.Parse(strings.NewReader(string(src)))
	require.NoError(t, err)
	txt := string(Format(s))
	got, err := reviewsheet.Parse(strings.NewReader(txt))
	require.NoError(t, err)
	s.Source, got.Source = nil, nil
	assert.Equal(t, s, got, "the formatted sample parses to the sample's Sheet")

	d, same := lineDiff(nonBlank(string(src)), nonBlank(txt))
	t.Logf("%d of %d non-blank lines of the sample are printed alike; %d lines differ", same, len(nonBlank(string(src))), len(d))
	golden := "../../testdata/roundtrip/rs2025-006423.layout.diff"
	body := strings.Join(d, "\n") + "\n"
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(body), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run with -update")
	assert.Equal(t, string(want), body, "the layout differences changed; -update if intended")
}

// overviewBoxes returns the boxes of 活動・成果目標等のつながり in text:
// each box's heading ("305: 短期アウトカム") and its non-blank lines.
func overviewBoxes(t *testing.T, text string) map[string][]string {
	lines := nonBlank(text)
	start, end := -1, len(lines)
	for i, l := range lines {
		switch {
		case start < 0 && l == "アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム":
			start = i + 1
		case start >= 0 && strings.HasPrefix(l, "アクティビティからの発現経路"):
			end = i
		}
		if end < len(lines) {
			break
		}
	}
	require.GreaterOrEqual(t, start, 0, "no overview")
	boxes := map[string][]string{}
	head := ""
	for _, l := range lines[start:end] {
		if id, kind, ok := strings.Cut(l, ": "); ok && kindOf(kind) && len(id) == 3 {
			head = l
			boxes[head] = nil
			continue
		}
		require.NotEmpty(t, head, "a line before the first box: %q", l)
		boxes[head] = append(boxes[head], l)
	}
	return boxes
}

func kindOf(label string) bool {
	for _, l := range kindLabel {
		if l == label {
			return true
		}
	}
	return false
}

// TestSampleBoxes: every box of the overview prints as in the sample,
// line for line, in the sheet's order (Graph.Overview).
func TestSampleBoxes(t *testing.T) {
	src, err := os.ReadFile(samplePath)
	require.NoError(t, err)
	s, err := reviewsheet.Parse(strings.NewReader(string(src)))
	require.NoError(t, err)
	want := overviewBoxes(t, string(src))
	assert.Len(t, want, 21)
	assert.Equal(t, want, overviewBoxes(t, string(Format(s))))
}
