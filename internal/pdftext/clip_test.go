package pdftext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
)

// twoContentPages is a document of two 300×300 pages with the given contents.
func twoContentPages(first, second string) []byte {
	d := &minipdf.Doc{}
	d.Add("<< /Type /Catalog /Pages 2 0 R >>")
	d.Add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>")
	d.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>")
	d.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>")
	d.Add(minipdf.Stream("", first))
	d.Add(minipdf.Stream("", second))
	d.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	return d.Bytes(nil)
}

// TestClippedTwins: a line drawn above the page's clip (the page's
// content area, re W n) whose text ends the previous page is the second
// print of a line that straddles the page break (Chromium) and is not
// read again; clipped text without such a twin is read (LibreOffice's
// table run past the page edge is the only print of its cells), and so
// is a twin the clip does not hide, or one a clip that is not made of
// rectangles may hide.
func TestClippedTwins(t *testing.T) {
	const foot = "BT /F1 10 Tf 20 20 Td (Heading Two) Tj ET"
	const body = "BT /F1 10 Tf 20 200 Td (Body) Tj ET"
	for _, tc := range []struct {
		name, second, want string
	}{
		{"twin above the clip: dropped", "q 0 0 300 250 re W n BT /F1 10 Tf 20 280 Td (Heading Two) Tj ET " + body + " Q", "Body\n"},
		{"twin lacking a glyph: dropped", "q 0 0 300 250 re W* n BT /F1 10 Tf 20 280 Td (HeadingTw) Tj ET " + body + " Q", "Body\n"},
		{"no twin: kept", "q 0 0 300 250 re W n BT /F1 10 Tf 20 280 Td (Other text) Tj ET " + body + " Q", "Other text\n\nBody\n"},
		{"a short piece of the line: kept", "q 0 0 300 250 re W n BT /F1 10 Tf 20 280 Td (He) Tj ET " + body + " Q", "He\n\nBody\n"},
		{"not clipped: kept", "BT /F1 10 Tf 20 280 Td (Heading Two) Tj ET " + body, "Heading Two\n\nBody\n"},
		{"clip restored by Q: kept", "q 0 0 300 250 re W n Q BT /F1 10 Tf 20 280 Td (Heading Two) Tj ET " + body, "Heading Two\n\nBody\n"},
		{"a polygon clip: kept", "q 0 0 m 300 0 l 300 250 l h W n BT /F1 10 Tf 20 280 Td (Heading Two) Tj ET " + body + " Q", "Heading Two\n\nBody\n"},
		{"nested clips intersect", "q 0 0 300 290 re W n q 0 0 300 250 re W n BT /F1 10 Tf 20 270 Td (Heading Two) Tj ET " + body + " Q Q", "Body\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ExtractBytes(twoContentPages(foot, tc.second), Options{})
			require.NoError(t, err)
			require.Len(t, doc.Pages, 2)
			assert.Equal(t, "Heading Two\n", doc.Pages[0])
			assert.Equal(t, tc.want, doc.Pages[1])
		})
	}
}

func TestTwinOf(t *testing.T) {
	feet := []string{"点検・評価", "2/3"}
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"点検・評価", true},
		{"点検評価", true},  // Chromium's hidden copy lacks the ・
		{"点検", false},   // less than half of the line
		{"評価点検", false}, // not in order
		{"点", false},
		{"2/3", true},
		{"", false},
	} {
		assert.Equal(t, tc.want, twinOf(tc.key, feet), tc.key)
	}
}
