package pdftext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// glyph is one decoded character code placed on the page (user space,
// y grows upwards).
type glyph struct {
	x, y float64 // origin on the baseline
	w    float64 // advance
	size float64 // font size in user space
	text string
	// clipped: the glyph's centre lies outside the clip (clip.go)
	clipped bool
}

// rect is a rectangle drawn on the page (user space, normalised so that
// x0 < x1 and y0 < y1).
type rect struct{ x0, y0, x1, y1 float64 }

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// gstate is the part of the graphics state that q/Q save.
type gstate struct {
	ctm                    matrix
	font                   *font
	size                   float64
	charSp, wordSp, hScale float64
	leading, rise          float64
	clip                   rect // the clipping rectangle, when clipped (clip.go)
	clipped                bool
}

// segment is a straight ruling line (user space; horizontal when y0 ==
// y1, vertical when x0 == x1, normalised so that x0 <= x1, y0 <= y1).
type segment struct{ x0, y0, x1, y1 float64 }

// pageContent is the result of interpreting one page.
type pageContent struct {
	glyphs []glyph
	rects  []rect
	// rules are horizontal and vertical ruling lines: stroked line
	// segments and rectangles thinner than minBox.
	rules []segment
	// box is the page's crop or media box (zero when unknown).
	box rect
	// unreadable is the reason the page's text cannot be decoded, if any.
	unreadable string
}

// interpreter walks one content stream.
type interpreter struct {
	res     pdf.Value
	fonts   map[string]*font // by resource name, this page
	shared  map[string]*font // by font dictionary, whole document
	gs      gstate
	stack   []gstate
	tm, tlm matrix
	path    []rect     // rectangles of the current path
	sub     subpath    // the current subpath, for curved boxes
	lines   []segment  // straight segments of the current path
	cur     [2]float64 // current point (user space)
	start   [2]float64 // start of the current subpath
	out     pageContent
	st      *docState
	page    int
	depth   int // Form XObject nesting
	args    []pdf.Value
	// clipNext: a W or W* operator made the current path a clipping
	// path, which the next path-ending operator applies (clip.go)
	clipNext bool
}

// Per-page limits besides Options.MaxOps: q nesting, glyphs and
// rectangles (layout is O(glyphs × rectangles)).
const (
	maxStack  = 256
	maxForms  = 8 // Form XObject nesting
	maxGlyphs = 1 << 16
	maxRects  = 1 << 13
)

// interpretPage reads the glyphs and rectangles of one page. It may panic
// on malformed input; the caller recovers.
//
// shared caches fonts across pages. Its key is the font dictionary as
// written (references print as "n g R"), so two pages share a font only
// when their dictionaries are identical — unlike a cache by resource
// name, which would mix up pages that bind /F1 to different fonts.
func interpretPage(page int, contents, res pdf.Value, st *docState) pageContent {
	in := &interpreter{res: res, fonts: make(map[string]*font), shared: st.fonts, page: page, st: st}
	in.gs = gstate{ctm: identity, hScale: 1}
	in.tm, in.tlm = identity, identity
	pdf.Interpret(contents, in.do)
	return in.out
}

// num returns operand i (from the first) as a number.
func (in *interpreter) num(i int) float64 {
	if i < 0 || i >= len(in.args) {
		return 0
	}
	f := in.args[i].Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func (in *interpreter) do(stk *pdf.Stack, op string) {
	in.st.opsLeft--
	if in.st.opsLeft < 0 {
		panic(errorf(in.page, ErrLimit, "too many content-stream operators"))
	}
	n := stk.Len()
	if cap(in.args) < n {
		in.args = make([]pdf.Value, n)
	}
	in.args = in.args[:n]
	for i := n - 1; i >= 0; i-- {
		in.args[i] = stk.Pop()
	}
	// Operands count from the end: a malformed stream may leave extra
	// ones in front.
	a := func(k, of int) float64 { return in.num(len(in.args) - of + k) }
	switch op {
	case "q":
		if len(in.stack) < maxStack {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if len(in.stack) > 0 {
			in.gs = in.stack[len(in.stack)-1]
			in.stack = in.stack[:len(in.stack)-1]
		}
	case "cm":
		m := matrix{a(0, 6), a(1, 6), a(2, 6), a(3, 6), a(4, 6), a(5, 6)}
		in.gs.ctm = m.mul(in.gs.ctm)
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		in.gs.size = a(1, 2)
		if len(in.args) >= 2 {
			in.gs.font = in.loadFont(in.args[len(in.args)-2].Name())
		}
	case "Tc":
		in.gs.charSp = a(0, 1)
	case "Tw":
		in.gs.wordSp = a(0, 1)
	case "Tz":
		in.gs.hScale = a(0, 1) / 100
	case "TL":
		in.gs.leading = a(0, 1)
	case "Ts":
		in.gs.rise = a(0, 1)
	case "Td":
		in.moveLine(a(0, 2), a(1, 2))
	case "TD":
		in.gs.leading = -a(1, 2)
		in.moveLine(a(0, 2), a(1, 2))
	case "Tm":
		in.tlm = matrix{a(0, 6), a(1, 6), a(2, 6), a(3, 6), a(4, 6), a(5, 6)}
		in.tm = in.tlm
	case "T*":
		in.moveLine(0, -in.gs.leading)
	case "Tj":
		if len(in.args) > 0 {
			in.show(in.args[len(in.args)-1].RawString())
		}
	case "'":
		in.moveLine(0, -in.gs.leading)
		if len(in.args) > 0 {
			in.show(in.args[len(in.args)-1].RawString())
		}
	case "\"":
		in.gs.wordSp, in.gs.charSp = a(0, 3), a(1, 3)
		in.moveLine(0, -in.gs.leading)
		if len(in.args) > 0 {
			in.show(in.args[len(in.args)-1].RawString())
		}
	case "TJ":
		if len(in.args) == 0 {
			return
		}
		arr := in.args[len(in.args)-1]
		for i := 0; i < arr.Len(); i++ {
			v := arr.Index(i)
			if v.Kind() == pdf.String {
				in.show(v.RawString())
				continue
			}
			tx := -v.Float64() / 1000 * in.gs.size * in.gs.hScale
			in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
		}
	case "re":
		in.endSubpath()
		x, y, w, h := a(0, 4), a(1, 4), a(2, 4), a(3, 4)
		x0, y0 := in.gs.ctm.apply(x, y)
		x1, y1 := in.gs.ctm.apply(x+w, y+h)
		if len(in.path) >= maxRects {
			panic(errorf(in.page, ErrLimit, "more than %d rectangles in one path", maxRects))
		}
		in.path = append(in.path, rect{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)})
	case "m":
		in.endSubpath()
		x, y := in.gs.ctm.apply(a(0, 2), a(1, 2))
		in.cur, in.start = [2]float64{x, y}, [2]float64{x, y}
		in.sub = subpath{open: true, b: rect{x, y, x, y}}
	case "l":
		x, y := in.gs.ctm.apply(a(0, 2), a(1, 2))
		in.addLine(in.cur, [2]float64{x, y})
		in.cur = [2]float64{x, y}
		in.sub.extend(x, y)
	case "c", "v", "y":
		// Curves only count for the box they close (rounded
		// rectangles, pills); their control points stay inside it.
		k := 6
		if op != "c" {
			k = 4
		}
		for i := 0; i < k; i += 2 {
			x, y := in.gs.ctm.apply(a(i, k), a(i+1, k))
			in.sub.extend(x, y)
			in.cur = [2]float64{x, y}
		}
		in.sub.curved = true
	case "h":
		in.addLine(in.cur, in.start)
		in.cur = in.start
	case "W", "W*":
		in.clipNext = true
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		in.endSubpath()
		in.applyClip()
		if len(in.out.rects)+len(in.out.rules)+len(in.path)+len(in.lines) > maxRects {
			panic(errorf(in.page, ErrLimit, "more than %d rectangles and ruling lines on the page", maxRects))
		}
		for _, r := range in.path {
			switch {
			case r.x1-r.x0 >= minBox && r.y1-r.y0 >= minBox:
				in.out.rects = append(in.out.rects, r)
			case r.x1-r.x0 >= r.y1-r.y0: // a thin rectangle is a ruling line
				y := (r.y0 + r.y1) / 2
				in.out.rules = append(in.out.rules, segment{r.x0, y, r.x1, y})
			default:
				x := (r.x0 + r.x1) / 2
				in.out.rules = append(in.out.rules, segment{x, r.y0, x, r.y1})
			}
		}
		in.out.rules = append(in.out.rules, in.lines...)
		in.path, in.lines = in.path[:0], in.lines[:0]
	case "n":
		in.endSubpath()
		in.applyClip()
		in.path, in.lines = in.path[:0], in.lines[:0] // clipping paths are not drawn
		in.sub = subpath{}
	case "Do":
		if len(in.args) > 0 {
			in.form(in.args[len(in.args)-1].Name())
		}
	}
}

// form interprets a Form XObject in place: its /Matrix applies on top of
// the current CTM, its /Resources (when present) replace the page's, and
// the graphics and text state are restored afterwards. Nesting is
// bounded by maxForms; the operator and content budgets of the document
// apply inside forms too.
func (in *interpreter) form(name string) {
	xo := in.res.Key("XObject").Key(name)
	if xo.Kind() != pdf.Stream || xo.Key("Subtype").Name() != "Form" || in.depth >= maxForms {
		return
	}
	data := readContent(xo, min(maxPageContent, in.st.contentLeft))
	in.st.contentLeft -= int64(len(data))
	if len(data) > maxPageContent || in.st.contentLeft < 0 {
		panic(errorf(in.page, ErrLimit, "content streams larger than %d bytes in all", maxDocContent))
	}
	if unclosedHex(data) {
		panic(errorf(in.page, ErrMalformed, "form %s ends inside a hex string", name))
	}
	gs, tm, tlm, res, fonts, stack := in.gs, in.tm, in.tlm, in.res, in.fonts, len(in.stack)
	if m := xo.Key("Matrix"); m.Len() == 6 {
		fm := matrix{}
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		in.gs.ctm = fm.mul(in.gs.ctm)
	}
	if r := xo.Key("Resources"); r.Kind() == pdf.Dict {
		in.res, in.fonts = r, make(map[string]*font)
	}
	in.depth++
	pdf.Interpret(xo, in.do)
	in.depth--
	in.gs, in.tm, in.tlm, in.res, in.fonts, in.stack = gs, tm, tlm, res, fonts, in.stack[:min(stack, len(in.stack))]
}

// subpath is the bounding box of the current subpath, and whether it
// has curves.
type subpath struct {
	open, curved bool
	b            rect
}

func (s *subpath) extend(x, y float64) {
	if !s.open {
		*s = subpath{open: true, b: rect{x, y, x, y}}
		return
	}
	s.b = rect{math.Min(s.b.x0, x), math.Min(s.b.y0, y), math.Max(s.b.x1, x), math.Max(s.b.y1, y)}
}

// endSubpath ends the current subpath. One with curves (a pill or a
// rounded rectangle: the boxes of a flow diagram) whose bounding box is
// at least minBox on both sides counts as a rectangle of the path, so
// that the text inside it is one cell rather than free lines interleaved
// with the box beside it. Straight segments are read as ruling lines
// (addLine) whatever the subpath.
func (in *interpreter) endSubpath() {
	s := in.sub
	in.sub = subpath{}
	if !s.open || !s.curved || s.b.x1-s.b.x0 < minBox || s.b.y1-s.b.y0 < minBox {
		return
	}
	if len(in.path) >= maxRects {
		panic(errorf(in.page, ErrLimit, "more than %d rectangles in one path", maxRects))
	}
	in.path = append(in.path, s.b)
}

// addLine keeps a path segment when it is horizontal or vertical.
func (in *interpreter) addLine(p, q [2]float64) {
	if len(in.lines) >= maxRects {
		panic(errorf(in.page, ErrLimit, "more than %d segments in one path", maxRects))
	}
	const eps = 0.5
	switch {
	case math.Abs(p[1]-q[1]) < eps && math.Abs(p[0]-q[0]) >= eps:
		y := (p[1] + q[1]) / 2
		in.lines = append(in.lines, segment{math.Min(p[0], q[0]), y, math.Max(p[0], q[0]), y})
	case math.Abs(p[0]-q[0]) < eps && math.Abs(p[1]-q[1]) >= eps:
		x := (p[0] + q[0]) / 2
		in.lines = append(in.lines, segment{x, math.Min(p[1], q[1]), x, math.Max(p[1], q[1])})
	}
}

func (in *interpreter) moveLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// loadFont returns the font resource name, cached per page.
func (in *interpreter) loadFont(name string) *font {
	if f, ok := in.fonts[name]; ok {
		return f
	}
	v := in.res.Key("Font").Key(name)
	var f *font
	if v.Kind() == pdf.Dict {
		key := v.String()
		if f = in.shared[key]; f == nil {
			f = loadFont(v)
			in.shared[key] = f
		}
	}
	in.fonts[name] = f
	return f
}

// show places the glyphs of one string.
func (in *interpreter) show(s string) {
	f := in.gs.font
	if f == nil {
		if len(s) > 0 && in.out.unreadable == "" {
			in.out.unreadable = "text shown without a font"
		}
		return
	}
	if f.unreadable != "" && in.out.unreadable == "" {
		in.out.unreadable = f.unreadable
	}
	gs := &in.gs
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		code := int(s[i])
		if step == 2 {
			code = code<<8 | int(s[i+1])
		}
		trm := matrix{gs.size * gs.hScale, 0, 0, gs.size, 0, gs.rise}.mul(in.tm).mul(gs.ctm)
		x, y := trm.apply(0, 0)
		adv := f.width(code)/1000*gs.size + gs.charSp
		if step == 1 && code == 32 {
			adv += gs.wordSp
		}
		adv *= gs.hScale
		m := in.tm.mul(gs.ctm)
		scaleX := math.Hypot(m[0], m[1])
		size := gs.size * math.Hypot(m[2], m[3])
		if len(in.out.glyphs) >= maxGlyphs {
			panic(errorf(in.page, ErrLimit, "more than %d characters on the page", maxGlyphs))
		}
		g := glyph{x: x, y: y, w: adv * scaleX, size: math.Abs(size), text: f.decode(code)}
		g.clipped = gs.outside(g, trm[3] < 0)
		in.out.glyphs = append(in.out.glyphs, g)
		in.tm = matrix{1, 0, 0, 1, adv, 0}.mul(in.tm)
	}
}
