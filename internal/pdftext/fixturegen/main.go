package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font/sfnt"
)

func main() {
	in := flag.String("in", "", "sheet text to render")
	out := flag.String("out", "", "PDF to write")
	fontPath := flag.String("font", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", "TrueType font")
	w := flag.Float64("w", 595.28, "page width in points")
	h := flag.Float64("h", 841.89, "page height in points")
	margin := flag.Float64("margin", 36, "page margin in points")
	size := flag.Float64("size", 8, "font size in points")
	fallback := flag.String("fallback", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "TrueType font for characters the main font lacks (IPAex has no ∕ U+2215)")
	rules := flag.Bool("rules", false, "draw cell borders as ruling lines instead of rectangles")
	objstm := flag.Bool("objstm", false, "rewrite the output with an object stream and a cross-reference stream")
	keepPad := flag.Bool("keep-pad", false, "when a row of cells is wider than the page, shrink its text but not the cells' padding (else a much shrunk row overflows its boxes)")
	breaks := flag.String("break", "", "comma-separated line prefixes: start a new page before the paragraph that begins with one")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	src, err := os.ReadFile(*in)
	if err != nil {
		fail(err)
	}
	var forced []string
	if *breaks != "" {
		forced = strings.Split(*breaks, ",")
	}
	r := &renderer{pageW: *w, pageH: *h, margin: *margin, size: *size, forced: forced, objstm: *objstm, rules: *rules, keepPad: *keepPad}
	if err := r.loadCoverage(*fontPath); err != nil {
		fail(err)
	}
	if err := r.render(string(src), *fontPath, *fallback, *out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fixturegen:", err)
	os.Exit(1)
}

// renderer lays blocks out top to bottom, never splitting a block across
// pages.
type renderer struct {
	pdf                        gopdf.GoPdf
	pageW, pageH, margin, size float64
	forced                     []string
	has                        func(rune) bool // whether the main font has a glyph
	objstm                     bool            // rewrite with object and xref streams
	rules                      bool            // cell borders as lines
	keepPad                    bool            // shrink a too wide row's text, not its padding
	y                          float64         // top of the next block
	pages                      int
}

const (
	family         = "sheet"
	fallbackFamily = "fallback"
	pad            = 3.0  // cell padding in points
	lineAdv        = 1.35 // line advance in font sizes
	blockGp        = 0.9  // gap after a block in font sizes
	wordGap        = 0.8  // drawn gap for an ASCII space, in font sizes
)

func (r *renderer) render(src, fontPath, fallbackPath, out string) error {
	r.pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: r.pageW, H: r.pageH}})
	if err := r.pdf.AddTTFFont(family, fontPath); err != nil {
		return err
	}
	if err := r.pdf.AddTTFFont(fallbackFamily, fallbackPath); err != nil {
		return err
	}
	r.pdf.SetLineWidth(0.5)
	blocks, err := r.blocks(paragraphs(src))
	if err != nil {
		return err
	}
	r.newPage()
	for _, b := range blocks {
		h := b.height
		if (b.forceBreak && r.y > r.margin) || r.y+h > r.pageH-r.margin {
			if h > r.pageH-2*r.margin {
				return fmt.Errorf("block %q is taller than a page", b.first())
			}
			r.newPage()
		}
		if err := b.draw(r, r.y); err != nil {
			return err
		}
		r.y += h + blockGp*r.size
	}
	pdf, err := r.pdf.GetBytesPdfReturnErr()
	if err != nil {
		return err
	}
	if r.objstm {
		if pdf, err = toObjectStreams(pdf); err != nil {
			return err
		}
	}
	return os.WriteFile(out, pdf, 0o644)
}

func (r *renderer) newPage() {
	r.pdf.AddPage()
	r.pages++
	r.y = r.margin
}

// paragraphs splits text into runs of non-blank lines (trailing blanks
// trimmed).
func paragraphs(src string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// width measures s at font size sz.
func (r *renderer) width(s string, sz float64) (float64, error) {
	total := 0.0
	for _, run := range r.runs(s) {
		if err := r.pdf.SetFont(run.family, "", sz); err != nil {
			return 0, err
		}
		w, err := r.pdf.MeasureTextWidth(run.text)
		if err != nil {
			return 0, err
		}
		total += w
	}
	return total, nil
}

// run is a piece of text drawn with one font.
type run struct{ family, text string }

// runs splits s into runs of the main font and of the fallback font.
func (r *renderer) runs(s string) []run {
	var out []run
	for _, c := range s {
		fam := family
		if !r.has(c) {
			fam = fallbackFamily
		}
		if n := len(out); n > 0 && out[n-1].family == fam {
			out[n-1].text += string(c)
			continue
		}
		out = append(out, run{fam, string(c)})
	}
	return out
}

// lineWidth measures a line whose ASCII spaces are drawn as wordGap gaps.
func (r *renderer) lineWidth(s string, sz float64) (float64, error) {
	parts := strings.Split(s, " ")
	total := 0.0
	for i, p := range parts {
		w, err := r.width(p, sz)
		if err != nil {
			return 0, err
		}
		total += w
		if i > 0 {
			total += wordGap * sz
		}
	}
	return total, nil
}

// text draws a line at (x, baseline), ASCII spaces as gaps.
func (r *renderer) text(s string, x, base, sz float64) error {
	for i, p := range strings.Split(s, " ") {
		if i > 0 {
			x += wordGap * sz
		}
		for _, run := range r.runs(p) {
			if err := r.pdf.SetFont(run.family, "", sz); err != nil {
				return err
			}
			r.pdf.SetXY(x, base)
			if err := r.pdf.Text(run.text); err != nil {
				return err
			}
			w, err := r.pdf.MeasureTextWidth(run.text)
			if err != nil {
				return err
			}
			x += w
		}
	}
	return nil
}

// loadCoverage reads the main font's character map.
func (r *renderer) loadCoverage(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return err
	}
	var buf sfnt.Buffer
	r.has = func(c rune) bool {
		i, err := f.GlyphIndex(&buf, c)
		return err == nil && i != 0
	}
	return nil
}
