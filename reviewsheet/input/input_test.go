package input

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

const (
	sample    = "../../testdata/rs2025-006423.txt"
	samplePDF = "../../testdata/pdf/rs2025-006423.pdf"
	rs2025    = "../../testdata/rscsv/handmade-006423"
)

// got records what a Walker emits.
type got struct {
	sources []string
	ids     []string
}

func walker(lenient bool, stderr *bytes.Buffer, g *got) *Walker {
	return &Walker{Parser: reviewsheet.Parser{Lenient: lenient}, Stderr: stderr, Emit: func(src string, s *reviewsheet.Sheet) error {
		g.sources = append(g.sources, src)
		g.ids = append(g.ids, s.ProjectID)
		return nil
	}}
}

// TestInputKinds: a text file, a PDF (by content, whatever its name), a
// project of an RS set and "-" all give their sheet to Emit, with the
// input as source.
func TestInputKinds(t *testing.T) {
	pdf, err := os.ReadFile(samplePDF)
	require.NoError(t, err)
	renamed := filepath.Join(t.TempDir(), "sheet.txt") // a PDF named .txt
	require.NoError(t, os.WriteFile(renamed, pdf, 0o644))

	var stderr bytes.Buffer
	var g got
	w := walker(false, &stderr, &g)
	w.Stdin = strings.NewReader(string(must(os.ReadFile(sample))))
	for _, in := range []string{sample, samplePDF, renamed, rs2025 + "#2025-6423", "-"} {
		require.NoError(t, w.Input(in), in)
	}
	assert.False(t, w.Failed(), stderr.String())
	assert.Equal(t, []string{"006423", "006423", "006423", "006423", "006423"}, g.ids)
	assert.Equal(t, []string{sample, samplePDF, renamed, rs2025, "-"}, g.sources)
}

// TestDirectory: a directory is walked in lexical order; files that are
// not sheets are skipped with a note, an RS set inside is read as one
// input, and an Emit error stops the walk.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), must(os.ReadFile(sample)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"name":"行政事業レビューシート"}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.txt"), []byte("hello"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".hidden.txt"), must(os.ReadFile(sample)), 0o644))
	var stderr bytes.Buffer
	var g got
	w := walker(false, &stderr, &g)
	require.NoError(t, w.Input(dir))
	assert.Equal(t, []string{"006423"}, g.ids)
	assert.Contains(t, stderr.String(), "b.json: JSON, not a review sheet")
	assert.Contains(t, stderr.String(), "c.txt: not a review sheet")
	assert.False(t, w.Failed())
	assert.Equal(t, 1, w.Count([]string{dir}))

	stop := errors.New("disk full")
	w.Emit = func(string, *reviewsheet.Sheet) error { return stop }
	assert.ErrorIs(t, w.Input(dir), stop, "an Emit error is returned")
}

// TestFailures: an input that does not parse is reported (positioned) and
// marks the walk failed; the lenient walker emits the partial sheet too;
// a missing file and an unknown project are reported.
func TestFailures(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.txt")
	src := strings.Replace(string(must(os.ReadFile(sample))), "684,784", "684,78x", 1)
	require.NoError(t, os.WriteFile(bad, []byte(src), 0o644))
	for _, lenient := range []bool{false, true} {
		var stderr bytes.Buffer
		var g got
		w := walker(lenient, &stderr, &g)
		require.NoError(t, w.Input(bad))
		assert.True(t, w.Failed())
		assert.Contains(t, stderr.String(), "bad.txt:")
		assert.Equal(t, lenient, len(g.ids) == 1, "lenient %v", lenient)
	}
	var stderr bytes.Buffer
	var g got
	w := walker(false, &stderr, &g)
	require.NoError(t, w.Input("no/such/file.txt"))
	require.NoError(t, w.Input(rs2025+"#2025-999999"))
	assert.True(t, w.Failed())
	assert.Contains(t, stderr.String(), "no/such/file.txt")
	assert.Contains(t, stderr.String(), "#2025-999999")
	assert.Empty(t, g.ids)
}

// TestHook: a Hook claims paths before the sheet reader; its sheets go
// to Emit with the source it names.
func TestHook(t *testing.T) {
	s, err := ReadFile(sample, reviewsheet.Parser{Name: sample}, nil)
	require.NoError(t, err)
	var stderr bytes.Buffer
	var g got
	w := walker(false, &stderr, &g)
	w.Hooks = []Hook{func(path string, emit func(string, *reviewsheet.Sheet) error) (bool, error) {
		if !strings.HasSuffix(path, ".special") {
			return false, nil
		}
		return true, emit("special", s)
	}}
	require.NoError(t, w.Input("x.special"))
	assert.Equal(t, []string{"special"}, g.sources)
}

func TestSplitProject(t *testing.T) {
	for _, tt := range []struct {
		arg, path string
		year      int
		id        string
		ok        bool
	}{
		{"../rs2024#2024-006423", "../rs2024", 2024, "006423", true},
		{"x.zip#2025-6423", "x.zip", 2025, "6423", true},
		{"dir#24-006423", "", 0, "", false},
		{"dir#2024-00a", "", 0, "", false},
		{"dir#2024-", "", 0, "", false},
		{"dir", "", 0, "", false},
	} {
		path, year, id, ok := SplitProject(tt.arg)
		assert.Equal(t, tt.ok, ok, tt.arg)
		assert.Equal(t, tt.path, path, tt.arg)
		assert.Equal(t, tt.year, year, tt.arg)
		assert.Equal(t, tt.id, id, tt.arg)
	}
}

func TestClassify(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"sheet.txt": "\ufeff2025年度行政事業レビューシート 内閣府\n",
		"x.pdf":     "%PDF-1.7\n",
		"out.json":  `[{"a": "行政事業レビューシート"}]`,
		"r.html":    "<html>行政事業レビューシート</html>",
		"t.csv":     "a,b\n行政事業レビューシート,1\n",
		"z.zip":     "PK\x03\x04行政事業レビューシート",
		"note.txt":  "memo",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	for name, want := range map[string]string{
		"sheet.txt": "", "x.pdf": "", "out.json": "JSON", "r.html": "HTML", "t.csv": "CSV", "z.zip": "ZIP", "note.txt": "not a review sheet",
	} {
		skip, err := Classify(filepath.Join(dir, name))
		require.NoError(t, err)
		if want == "" {
			assert.Empty(t, skip, name)
		} else {
			assert.Contains(t, skip, want, name)
		}
	}
	_, err := ReadFile(filepath.Join(dir, "z.zip"), reviewsheet.Parser{}, nil)
	assert.ErrorContains(t, err, "a ZIP file that is not an RS table")
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
