package reviewsheet

import (
	"strings"
	"sync"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// field is what a section printed under one label.
type field struct {
	spec   label.Spec
	inline string // text after the label on its own line
	// lines are the lines under the label: a capped subslice of the
	// section's lines while they are contiguous (the usual case), a copy
	// once a line made up by splitting an inline label joins them.
	lines []sheettext.Line
	pos   sheettext.Pos // of the line holding the label; NoPos when absent
	from  int32         // index in the section of lines[0] while not owned
	owned bool          // lines is a copy
}

// add files section line i under the field without copying (one
// branch for the usual case, the field's first line or the line after
// its last: small enough to be inlined).
func (f *field) add(section []sheettext.Line, i int) {
	if !f.owned && (len(f.lines) == 0 || int(f.from)+len(f.lines) == i) {
		if len(f.lines) == 0 {
			f.from = int32(i)
		}
		f.lines = section[f.from : i+1 : i+1]
		return
	}
	f.addOwned(section[i])
}

// addOwned appends a line that is not the section's next one.
func (f *field) addOwned(l sheettext.Line) {
	if !f.owned {
		f.lines, f.owned = append(make([]sheettext.Line, 0, len(f.lines)+4), f.lines...), true
	}
	f.lines = append(f.lines, l)
}

func (f *field) found() bool { return f.pos.IsValid() }

// content returns the field's text as lines: the inline text first (as a
// line at the label's position), then the following lines.
func (f *field) content() []sheettext.Line {
	if f.inline == "" {
		return f.lines
	}
	return f.contentIn(make([]sheettext.Line, 0, 1+len(f.lines)))
}

// contentIn is content built in buf when the field has inline text: a
// caller that reads the lines without keeping them passes an array of
// its own (lineBuf) and allocates nothing.
func (f *field) contentIn(buf []sheettext.Line) []sheettext.Line {
	if f.inline == "" {
		return f.lines
	}
	buf = append(buf[:0], sheettext.Line{Pos: f.pos, Text: f.inline})
	return append(buf, f.lines...)
}

// lineBuf is the array a caller of contentIn keeps on its stack: room
// for the lines of most cells.
type lineBuf [16]sheettext.Line

// firstPos is the position of the field's first content, or of its label.
func (f *field) firstPos() sheettext.Pos {
	if f.inline == "" && len(f.lines) > 0 {
		return f.lines[0].Pos
	}
	return f.pos
}

// readFields files every line of a section under the last label seen.
// Labels are tried in order: at each point only labels after the current
// one can start a field, so a label cannot repeat and free text that
// happens to begin with an earlier label stays text. Lines before the
// first label are returned as lead. The result has one field per spec,
// in spec order.
// The fields are carved from the parse's slab (see fieldSlab) instead of
// allocated.
func (p *parser) readFields(lines []sheettext.Line, set *label.Set) (fields []field, lead []sheettext.Line) {
	set.Compile()
	return readFieldsInto(p.fieldsFor(len(set.Specs)), lines, set)
}

// fieldSlabSize is the length of a fieldSlab: the fields of every
// section read with parser.readFields (basic, budget, KPI, evaluation,
// spending: 54 specs) and of the outcome's path blocks (38, reused block
// after block) with room to spare.
const fieldSlabSize = 96

// fieldSlabs holds the slabs of parses that ended. The fields of one
// section are scratch: the section's values are copied out of them (into
// the Sheet, whose strings are substrings of the input) before the parse
// ends, and nothing keeps a field or a pointer to one, so a slab goes
// back to the pool when its parse ends and the next parse reuses it.
var fieldSlabs = sync.Pool{New: func() any { s := make([]field, fieldSlabSize); return &s }}

// fieldsFor returns n fields for one readFields: the next n of the
// parse's slab (sections never share fields: one section's fields stay
// valid while another is read), or nil — readFieldsInto allocates —
// once the slab is used up (a section printed twice).
func (p *parser) fieldsFor(n int) []field {
	if p.slab == nil {
		p.slab = fieldSlabs.Get().(*[]field)
	}
	s := *p.slab
	if len(s)-p.slabUsed < n {
		return nil
	}
	buf := s[p.slabUsed : p.slabUsed+n : p.slabUsed+n]
	p.slabUsed += n
	return buf
}

// releaseFields returns the parse's slab to the pool, cleared (so that
// the pool does not keep the parsed text alive), when the parse ends.
func (p *parser) releaseFields() {
	if p.slab == nil {
		return
	}
	clear((*p.slab)[:p.slabUsed])
	fieldSlabs.Put(p.slab)
	p.slab, p.slabUsed = nil, 0
}

// readFieldsInto is readFields reusing buf for the fields when it is
// large enough (a section read block after block).
func readFieldsInto(buf []field, lines []sheettext.Line, set *label.Set) (fields []field, lead []sheettext.Line) {
	set.Compile()
	specs := set.Specs
	if cap(buf) >= len(specs) {
		fields = buf[:len(specs)]
		clear(fields)
	} else {
		fields = make([]field, len(specs))
	}
	for k := range specs {
		fields[k].spec = specs[k]
	}
	cur := -1
	for i := 0; i < len(lines); {
		k, n, rest := -1, 0, ""
		for m := set.MatchCandidates(lines[i].Text) & label.After(cur); m != 0; {
			j := label.NextSpec(&m)
			if nn, r, ok := set.Match(lines, i, j); ok {
				k, n, rest = j, nn, r
				break
			}
			m &^= set.Same[j]
		}
		if k < 0 {
			// a content line; it may still end with an inline label
			text := lines[i].Text
			before, kk, after := text, -1, ""
			if set.MayInline(cur) {
				before, kk, after = splitAtInline(text, set, cur)
			}
			if kk < 0 {
				if cur < 0 {
					lead = append(lead, lines[i])
				} else {
					fields[cur].add(lines, i)
				}
				i++
				continue
			}
			if before != "" {
				l := sheettext.Line{Pos: lines[i].Pos, Text: before, Break: lines[i].Break, Page: lines[i].Page}
				if cur < 0 {
					lead = append(lead, l)
				} else {
					fields[cur].addOwned(l)
				}
			}
			k, n, rest = kk, 1, after
		}
		pos := lines[i].Pos
		cur = k
		fields[k].pos = pos
		// further labels on the same line: one that starts the rest (a
		// label printed beside a label wrapped in its own column), or an
		// inline one after text
		for rest != "" {
			if j, r, ok := leadingLabel(rest, set, cur); ok {
				cur = j
				fields[j].pos = pos
				rest = r
				continue
			}
			before, kk, after := splitAtInline(rest, set, cur)
			if kk < 0 {
				break
			}
			fields[cur].inline = before
			cur = kk
			fields[kk].pos = pos
			rest = after
		}
		fields[cur].inline = rest
		i += n
		// a label whose value stands on the next line takes that line
		// whatever it reads like (a text that is a bare label word)
		if specs[cur].ValueNext && rest == "" && i < len(lines) {
			fields[cur].add(lines, i)
			i++
		}
	}
	return fields, lead
}

// leadingLabel finds a label after cur that starts text (on one line).
func leadingLabel(text string, set *label.Set, cur int) (k int, rest string, ok bool) {
	if c := text[0]; c == '-' || c >= '0' && c <= '9' { // a value
		return -1, "", false
	}
	one := [1]sheettext.Line{{Text: text}}
	for m := set.MatchCandidates(text) & label.After(cur); m != 0; {
		j := label.NextSpec(&m)
		if _, r, ok := set.Match(one[:], 0, j); ok {
			return j, r, true
		}
		m &^= set.Same[j]
	}
	return -1, "", false
}

// splitAtInline finds the first inline label after cur standing in text
// between spaces; it returns the text before it, its index and the text
// after it, or -1.
func splitAtInline(text string, set *label.Set, cur int) (before string, k int, after string) {
	if !set.HasInlineAfter(cur) {
		return text, -1, ""
	}
	for m := set.InlineCandidates(text, cur); m != 0; {
		j := label.NextSpec(&m)
		if b, a, ok := set.SplitInline(text, j); ok {
			return b, j, a
		}
		m &^= set.Same[j]
	}
	return text, -1, ""
}

// nth returns the n-th (1-based) field labelled l, or nil when the specs
// have no such label. Labels are compared by length and last byte before
// their bytes: most labels of a section have the length of l (kana and
// kanji are three bytes each), few its last byte, and the comparison of
// the bytes is a call.
func nth(fs []field, l label.Label, n int) *field {
	if l == "" {
		return nthEmpty(fs, n)
	}
	last := l[len(l)-1]
	for i := range fs {
		if L := fs[i].spec.L; len(L) == len(l) && L[len(L)-1] == last && L == l {
			if n--; n == 0 {
				return &fs[i]
			}
		}
	}
	return nil
}

// nthEmpty is nth for the empty label.
func nthEmpty(fs []field, n int) *field {
	for i := range fs {
		if fs[i].spec.L == "" {
			if n--; n == 0 {
				return &fs[i]
			}
		}
	}
	return nil
}

// required returns the n-th field labelled l and reports ErrMissing at
// the end of the section when the sheet does not print it.
func (p *parser) required(fs []field, l label.Label, n int, section []sheettext.Line) (*field, bool) {
	f := nth(fs, l, n)
	if f == nil || !f.found() {
		p.errorAt(p.endOf(section), l, ErrMissing, "label not found")
		return f, false
	}
	return f, true
}

// textField returns the field's free text (nil for "--"). The sheet
// prints "--" for an empty cell, so a label with nothing under it means
// the input was cut: that is ErrMissing, never a silent nil — except in
// text from pdftotext without -layout (the first gate, dehyphenated),
// which drops a cell that is one "-": there the value is "-", with a
// WarnLostCell warning. Text printed a cell a line (mutool, PyMuPDF,
// pdfminer) drops no cell: a label without a value there is the value
// printed elsewhere (pdfminer printed 作成責任者's 土屋皓嗣 after other
// labels), ErrMissing.
func (p *parser) textField(f *field) *string {
	var buf lineBuf
	c := f.contentIn(buf[:0])
	if len(c) == 0 {
		if p.dehyphenated {
			p.warnAt(f.pos, f.spec.L, "", WarnLostCell, "no value: read as \"-\" (pdftotext drops a cell that is one \"-\")")
			v := "-"
			return &v
		}
		p.errorAt(f.pos, f.spec.L, ErrMissing, "no value (an empty cell is printed as --)")
		return nil
	}
	for i := 0; i < len(c) && p.lostDash(); i++ { // (pdftotext default mode: a label or cells glued into the text)
		if w, ok := label.StrayHeaderWord(c[i].Text); ok {
			p.errorAt(c[i].Pos, f.spec.L, ErrLayout, "text holds the label %s: cells out of place, not %s text", w, f.spec.L)
			return nil // not read: the text joined with other cells
		}
	}
	v, ok := p.text.TextString(c)
	if !ok {
		return nil
	}
	if w, glued := gluedHeaderWord(p, v); glued {
		p.errorAt(c[0].Pos, f.spec.L, ErrLayout, "text holds %s: the 予算内訳表's header and cells, not %s text", w, f.spec.L)
		return nil
	}
	// the "--" cells only in default-mode text (a sheet of the 2024
	// corpus has a text with a "--" line), the label again in any
	if p.guardText(c, f.spec.L) {
		return nil
	}
	return p.keepString(v)
}

// gluedHeaderWord is label.GluedHeaderWord, asked only of
// pdftotext default-mode text (other inputs skip the search).
func gluedHeaderWord(p *parser, v string) (string, bool) {
	if !p.lostDash() {
		return "", false
	}
	return label.GluedHeaderWord(v)
}

// keepString returns a pointer to a copy of s held in the parse's
// current chunk of strings: the free-text values of a sheet take one
// allocation per stringChunk values instead of one each. Every value
// has a slot of its own, never written again, and a chunk is reachable
// only from the values of the sheet that filled it.
func (p *parser) keepString(s string) *string {
	if len(p.strs) == cap(p.strs) {
		p.strs = make([]string, 0, stringChunk)
	}
	p.strs = append(p.strs, s)
	return &p.strs[len(p.strs)-1]
}

// optText is sheettext.OptText with the value held by keepString: nil
// for an empty cell or "--", else a pointer to the trimmed text.
func (p *parser) optText(s string) *string {
	if s, ok := sheettext.OptString(s); ok {
		return p.keepString(s)
	}
	return nil
}

// keepSplit is strings.Split(s, sep) (sep not empty) with the pieces
// held in the parse's current chunk of pieces, as keepString holds
// values; the slice is capped, so appending to it copies.
func (p *parser) keepSplit(s, sep string) []string {
	out := p.keepStrings(strings.Count(s, sep) + 1)
	for x := range strings.SplitSeq(s, sep) {
		out = append(out, x)
	}
	return out
}

// keepStrings returns an empty slice with room for n strings from the
// chunk of pieces (as keepInts does for ints): appending up to n writes
// in its own part of the chunk, past n copies.
func (p *parser) keepStrings(n int) []string {
	if cap(p.pieces)-len(p.pieces) < n {
		p.pieces = make([]string, 0, max(n, stringChunk))
	}
	s := p.pieces[len(p.pieces) : len(p.pieces) : len(p.pieces)+n]
	p.pieces = p.pieces[:len(p.pieces)+n]
	return s
}

// keepFields is sheettext.Fields with the cells held in the chunk of
// pieces, as keepSplit holds them.
func (p *parser) keepFields(s string) []string {
	if cap(p.pieces)-len(p.pieces) < maxKeptFields {
		p.pieces = make([]string, 0, max(maxKeptFields, stringChunk))
	}
	start := len(p.pieces)
	p.pieces = sheettext.AppendFields(p.pieces, s)
	if len(p.pieces)-start > maxKeptFields { // moved to a larger array: leave the chunk
		out := p.pieces[start:len(p.pieces):len(p.pieces)]
		p.pieces = nil
		return out
	}
	return p.pieces[start:len(p.pieces):len(p.pieces)]
}

// maxKeptFields is the room keepFields makes before it appends the cells
// of a line (a table row has at most 5); a line of more cells goes to an
// array of its own.
const maxKeptFields = 16

// stringChunk is the number of values keepString holds in one chunk (a
// sheet of the 2024 corpus has some 40–80 free-text values).
const stringChunk = 32

// textSpec names a free-text field (the n-th field labelled l) and where
// its value goes.
type textSpec struct {
	l   label.Label
	n   int
	dst **string
}

// textFields reads required free-text fields into their destinations.
func (p *parser) textFields(fs []field, section []sheettext.Line, specs []textSpec) {
	for _, t := range specs {
		if f, ok := p.required(fs, t.l, t.n, section); ok {
			*t.dst = p.textField(f)
		}
	}
}

// lostDash reports whether the input is default-mode text: text in
// which pdftotext's de-hyphenation glued "--" cells to the next line
// (internal/linerules/dehyphen.go; there a cell of one "-" standing
// alone in its paragraph is dropped), or text printed a cell a line
// (linerules.HasCellALine: mutool, PyMuPDF, pdfminer). The readings
// and guards that ask it are about cells printed out of their rows and
// paragraphs, which both kinds of text show; the "-" cells put back
// (SplitDehyphenated) ask the first gate alone.
func (p *parser) lostDash() bool { return p.defaultMode }
