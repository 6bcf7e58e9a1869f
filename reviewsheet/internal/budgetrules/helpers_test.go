package budgetrules

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/sheettext"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// scanLines scans s as sheet text.
func scanLines(s string) []sheettext.Line {
	_, lines := sheettext.Scan("x", []byte(s))
	return lines
}

// texts joins the texts of lines with newlines.
func texts(lines []sheettext.Line) string {
	var got []string
	for _, l := range lines {
		got = append(got, l.Text)
	}
	return strings.Join(got, "\n")
}

// para prints each of lines as a paragraph of its own (a blank line
// after it), as pdftotext's default mode prints a cell.
func para(lines ...string) string {
	return strings.Join(lines, "\n\n") + "\n\n"
}
