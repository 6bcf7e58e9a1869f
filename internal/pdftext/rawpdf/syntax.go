package rawpdf

import (
	"bytes"
	"strconv"
)

// A small reader of PDF object syntax (ISO 32000-1 §7.2–7.3) for the
// decryption layer: it parses one object at a byte offset of the raw file
// and records where every string lies, so that the layer can copy the
// object with only its strings (and stream data) replaced. It is separate
// from the PDF library on purpose: the library cannot be handed an
// encrypted file it does not understand, and this parser is bounded
// (nesting depth, element count) and never panics on malformed input.

// pkind is the kind of a parsed object.
type pkind uint8

const (
	pNull pkind = iota
	pBool
	pInt
	pReal
	pString
	pName
	pArray
	pDict
	pRef
	pKeyword
)

// pobj is a parsed object. src[start:end] holds its text.
type pobj struct {
	kind  pkind
	n     int64  // integer value; object number of a reference
	gen   int64  // generation of a reference
	b     []byte // string bytes (unescaped), name (without '/'), keyword
	elems []pobj // array elements; dictionary keys (pName) and values alternating
	start int
	end   int
}

// key returns the value of dictionary key k (a null object when absent or
// when o is not a dictionary). A repeated key: the first wins.
func (o pobj) key(k string) pobj {
	if o.kind != pDict {
		return pobj{}
	}
	for i := 0; i+1 < len(o.elems); i += 2 {
		if string(o.elems[i].b) == k {
			return o.elems[i+1]
		}
	}
	return pobj{}
}

// keyIndex returns the index in elems of the key k, or -1.
func (o pobj) keyIndex(k string) int {
	for i := 0; i+1 < len(o.elems); i += 2 {
		if string(o.elems[i].b) == k {
			return i
		}
	}
	return -1
}

// name returns the name of a name object, "" otherwise.
func (o pobj) name() string {
	if o.kind != pName {
		return ""
	}
	return string(o.b)
}

// integer returns the value of an integer object.
func (o pobj) integer() (int64, bool) { return o.n, o.kind == pInt }

// Bounds of one parse: nesting depth and parsed objects.
const (
	maxSyntaxDepth = 64
	maxSyntaxElems = 1 << 18
)

// syntaxError is a failure of the object parser; the decryption layer
// wraps it in a pdferr.ErrMalformed error.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return "offset " + strconv.Itoa(e.off) + ": " + e.msg }

// parser reads objects from src. strs collects every string parsed, in
// order, for the decryption layer.
type parser struct {
	src   []byte
	pos   int
	elems int
	strs  []pobj
}

func (p *parser) fail(msg string) *syntaxError { return &syntaxError{off: p.pos, msg: msg} }

// skipWS skips white space and comments.
func (p *parser) skipWS() {
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == '%':
			for p.pos < len(p.src) && p.src[p.pos] != '\r' && p.src[p.pos] != '\n' {
				p.pos++
			}
		case isSpace(c):
			p.pos++
		default:
			return
		}
	}
}

func isSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0:
		return true
	}
	return false
}

// regular reports whether c may be part of a name, number or keyword.
func regular(c byte) bool { return !IsDelimOrSpace(c) }

// keyword reads a bare word at the current position (after white space).
func (p *parser) keyword() []byte {
	p.skipWS()
	i := p.pos
	for p.pos < len(p.src) && regular(p.src[p.pos]) {
		p.pos++
	}
	return p.src[i:p.pos]
}

// objectHeader reads "num gen obj" at off and leaves the parser after it.
func (p *parser) objectHeader(off int) (num, gen int64, err error) {
	p.pos = off
	n, ok1 := p.uint()
	g, ok2 := p.uint()
	if !ok1 || !ok2 || string(p.keyword()) != "obj" {
		return 0, 0, p.fail("no object header")
	}
	return n, g, nil
}

// uint reads an unsigned integer after white space.
func (p *parser) uint() (int64, bool) {
	p.skipWS()
	i := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' && p.pos-i < 18 {
		p.pos++
	}
	if p.pos == i || (p.pos < len(p.src) && regular(p.src[p.pos])) {
		p.pos = i
		return 0, false
	}
	n, err := strconv.ParseInt(string(p.src[i:p.pos]), 10, 64)
	return n, err == nil
}

// value parses one object.
func (p *parser) value(depth int) (pobj, error) {
	if depth > maxSyntaxDepth {
		return pobj{}, p.fail("objects nested too deeply")
	}
	if p.elems++; p.elems > maxSyntaxElems {
		return pobj{}, p.fail("too many objects")
	}
	p.skipWS()
	if p.pos >= len(p.src) {
		return pobj{}, p.fail("unexpected end of file")
	}
	start := p.pos
	var o pobj
	var err error
	switch c := p.src[p.pos]; {
	case c == '(':
		o, err = p.literal()
	case c == '<' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '<':
		o, err = p.dict(depth)
	case c == '<':
		o, err = p.hex()
	case c == '[':
		o, err = p.array(depth)
	case c == '/':
		o = p.nameObj()
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		o, err = p.number()
	case regular(c):
		w := p.keyword()
		switch string(w) {
		case "null":
			o = pobj{kind: pNull}
		case "true":
			o = pobj{kind: pBool, n: 1}
		case "false":
			o = pobj{kind: pBool}
		default:
			o = pobj{kind: pKeyword, b: w}
		}
	default:
		p.pos++
		return pobj{}, p.fail("unexpected delimiter " + strconv.QuoteRune(rune(c)))
	}
	if err != nil {
		return pobj{}, err
	}
	o.start, o.end = start, p.pos
	if o.kind == pString {
		p.strs = append(p.strs, o)
	}
	return o, nil
}

// number reads an integer or real; "n g R" becomes a reference.
func (p *parser) number() (pobj, error) {
	i := p.pos
	if c := p.src[p.pos]; c == '+' || c == '-' {
		p.pos++
	}
	dot := false
	for p.pos < len(p.src) && (p.src[p.pos] >= '0' && p.src[p.pos] <= '9' || p.src[p.pos] == '.') {
		dot = dot || p.src[p.pos] == '.'
		p.pos++
	}
	text := string(p.src[i:p.pos])
	if dot {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && text != "." && text != "-." && text != "+." {
			return pobj{}, p.fail("bad number " + strconv.Quote(text))
		}
		return pobj{kind: pReal, n: int64(f)}, nil
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return pobj{kind: pReal}, nil // out of range or a lone sign: a real, as readers do
	}
	if n >= 0 && text[0] != '+' {
		save := p.pos
		if gen, ok := p.uint(); ok {
			if w := p.keyword(); string(w) == "R" {
				return pobj{kind: pRef, n: n, gen: gen}, nil
			}
		}
		p.pos = save
	}
	return pobj{kind: pInt, n: n}, nil
}

// nameObj reads a name, decoding #xx escapes.
func (p *parser) nameObj() pobj {
	p.pos++
	i := p.pos
	for p.pos < len(p.src) && regular(p.src[p.pos]) {
		p.pos++
	}
	raw := p.src[i:p.pos]
	if bytes.IndexByte(raw, '#') < 0 {
		return pobj{kind: pName, b: raw}
	}
	out := make([]byte, 0, len(raw))
	for k := 0; k < len(raw); k++ {
		if raw[k] == '#' && k+2 < len(raw) {
			if v, err := strconv.ParseUint(string(raw[k+1:k+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				k += 2
				continue
			}
		}
		out = append(out, raw[k])
	}
	return pobj{kind: pName, b: out}
}

// literal reads a (string) with escapes and balanced parentheses.
func (p *parser) literal() (pobj, error) {
	p.pos++
	var out []byte
	depth := 1
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		p.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return pobj{kind: pString, b: out}, nil
			}
		case '\\':
			if p.pos >= len(p.src) {
				return pobj{}, p.fail("unterminated string")
			}
			e := p.src[p.pos]
			p.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if p.pos < len(p.src) && p.src[p.pos] == '\n' {
					p.pos++
				}
				continue
			case '\n':
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := int(e - '0')
				for k := 0; k < 2 && p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '7'; k++ {
					v = v*8 + int(p.src[p.pos]-'0')
					p.pos++
				}
				c = byte(v)
			default:
				c = e
			}
		case '\r': // an end of line in a string reads as \n
			if p.pos < len(p.src) && p.src[p.pos] == '\n' {
				p.pos++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return pobj{}, p.fail("unterminated string")
}

// hex reads a <hex string>; an odd last digit is followed by 0.
func (p *parser) hex() (pobj, error) {
	p.pos++
	var out []byte
	var hi byte
	half := false
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		p.pos++
		if c == '>' {
			if half {
				out = append(out, hi<<4)
			}
			return pobj{kind: pString, b: out}, nil
		}
		if isSpace(c) {
			continue
		}
		v, ok := hexDigit(c)
		if !ok {
			return pobj{}, p.fail("bad hex string")
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return pobj{}, p.fail("unterminated hex string")
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// array reads [ … ].
func (p *parser) array(depth int) (pobj, error) {
	p.pos++
	o := pobj{kind: pArray}
	for {
		p.skipWS()
		if p.pos >= len(p.src) {
			return pobj{}, p.fail("unterminated array")
		}
		if p.src[p.pos] == ']' {
			p.pos++
			return o, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return pobj{}, err
		}
		if v.kind == pKeyword {
			return pobj{}, p.fail("keyword " + strconv.Quote(string(v.b)) + " in an array")
		}
		o.elems = append(o.elems, v)
	}
}

// dict reads << … >>.
func (p *parser) dict(depth int) (pobj, error) {
	p.pos += 2
	o := pobj{kind: pDict}
	for {
		p.skipWS()
		if p.pos >= len(p.src) {
			return pobj{}, p.fail("unterminated dictionary")
		}
		if p.src[p.pos] == '>' {
			if p.pos+1 < len(p.src) && p.src[p.pos+1] == '>' {
				p.pos += 2
				return o, nil
			}
			return pobj{}, p.fail("bad dictionary end")
		}
		k, err := p.value(depth + 1)
		if err != nil {
			return pobj{}, err
		}
		if k.kind != pName {
			return pobj{}, p.fail("dictionary key is not a name")
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return pobj{}, err
		}
		if v.kind == pKeyword {
			return pobj{}, p.fail("keyword " + strconv.Quote(string(v.b)) + " in a dictionary")
		}
		o.elems = append(o.elems, k, v)
	}
}
