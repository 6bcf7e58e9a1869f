package report

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// textBox is the box a <text> of an SVG chart covers, estimated from its
// position, anchor, font size and characters: a wide (East Asian) rune is
// one em, any other 0.6 em; the box spans 0.85 em above the baseline and
// 0.25 em below. The estimate is generous for Latin text, exact enough
// for Japanese, which is what the charts hold.
type textBox struct {
	x0, y0, x1, y1 float64
	text           string
}

func (a textBox) overlaps(b textBox) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// fontSize is the size the page's style gives a text of these classes.
func fontSize(class string) float64 {
	for _, c := range strings.Fields(class) {
		switch c {
		case "amount", "axis", "na", "ind":
			return 11
		}
	}
	return 12
}

func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || (r >= 0xFF01 && r <= 0xFF60) || (r >= 0x3000 && r <= 0x303F) || r == '〜' || r == '…' || r == '・' {
			w += size
		} else {
			w += 0.6 * size
		}
	}
	return w
}

// svgTextBoxes returns the boxes of the texts of one <svg> element, and
// the svg's width.
func svgTextBoxes(t *testing.T, svg *html.Node) ([]textBox, float64) {
	t.Helper()
	width, _ := strconv.ParseFloat(attr(svg, "width"), 64)
	var out []textBox
	for _, n := range all(svg, "text", func(*html.Node) bool { return true }) {
		var s strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				s.WriteString(c.Data)
			}
		}
		str := s.String()
		if str == "" {
			continue
		}
		x, err := strconv.ParseFloat(attr(n, "x"), 64)
		require.NoError(t, err)
		y, err := strconv.ParseFloat(attr(n, "y"), 64)
		require.NoError(t, err)
		size := fontSize(attr(n, "class"))
		w := textWidth(str, size)
		switch attr(n, "text-anchor") {
		case "middle":
			x -= w / 2
		case "end":
			x -= w
		}
		out = append(out, textBox{x0: x, y0: y - 0.85*size, x1: x + w, y1: y + 0.25*size, text: str})
	}
	return out, width
}

// overlaps lists the pairs of texts of the charts of a page that overlap
// or run past the chart's right edge.
func overlaps(t *testing.T, page string) []string {
	t.Helper()
	d := doc(t, page)
	var bad []string
	for _, svg := range all(d, "svg", hasClass("chart")) {
		boxes, width := svgTextBoxes(t, svg)
		for i := range boxes {
			if width > 0 && boxes[i].x1 > width+0.5 {
				bad = append(bad, fmt.Sprintf("%s: %q runs past the right edge (%.0f > %.0f)", attr(svg, "class"), boxes[i].text, boxes[i].x1, width))
			}
			for j := i + 1; j < len(boxes); j++ {
				if boxes[i].overlaps(boxes[j]) {
					bad = append(bad, fmt.Sprintf("%s: %q overlaps %q", attr(svg, "class"), boxes[i].text, boxes[j].text))
				}
			}
		}
	}
	return bad
}

// TestNoOverlappingLabels measures the text boxes of every chart of the
// sample pages (the text samples, 40 sheets of the 2024 audit set, the 6
// of the 2025 excerpts, the handmade set): no two labels overlap and
// none leaves its chart.
func TestNoOverlappingLabels(t *testing.T) {
	pages := map[string]*reviewsheet.Sheet{
		"sample":       parseFile(t, sample),
		"redelegation": parseFile(t, redelegation),
	}
	set, err := rscsv.Open("../../testdata/rscsv/2024-audit")
	require.NoError(t, err)
	n := 0
	_ = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		if n < 40 {
			pages[fmt.Sprintf("rs2024#%s", s.ProjectID)] = s
		}
		n++
		return nil
	})
	s25, err := rscsv.Open("../../testdata/rscsv/2025")
	require.NoError(t, err)
	_ = s25.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		pages[fmt.Sprintf("rs2025#%s", s.ProjectID)] = s
		return nil
	})
	h, err := rscsv.Open("../../testdata/rscsv/handmade-006423")
	require.NoError(t, err)
	hs, _ := h.Lookup(2025, "6423")
	require.NotNil(t, hs)
	pages["handmade"] = hs
	for name, s := range pages {
		for _, top := range []int{1, 5, 10} {
			page := render(t, s, Options{Findings: audit.Check(s), TopRecipients: top})
			assert.Empty(t, overlaps(t, page), "%s, top %d", name, top)
		}
	}
}

// TestOverlapDetector: the measure finds two labels drawn on one spot.
func TestOverlapDetector(t *testing.T) {
	page := `<svg class="chart" width="100"><text x="10" y="20">内閣府</text><text x="20" y="24">岐阜県</text><text x="90" y="60">長いラベル</text></svg>`
	bad := overlaps(t, page)
	require.Len(t, bad, 2)
	assert.Contains(t, bad[0], `"内閣府" overlaps "岐阜県"`)
	assert.Contains(t, bad[1], `"長いラベル" runs past the right edge`)
}
