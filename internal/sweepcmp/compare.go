package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// result is the outcome of a comparison: the first difference (path
// empty when equal) and the allowances that equal values needed.
type result struct {
	path      string
	got, want string
	allowed   []string
}

func (r result) String() string {
	if r.path == "" {
		if len(r.allowed) == 0 {
			return "equal"
		}
		return "equal allowed=" + strings.Join(r.allowed, ",")
	}
	return fmt.Sprintf("differ %s got=%s want=%s", r.path, r.got, r.want)
}

// compare walks want and got together, keys in sorted order, and stops at
// the first difference.
func compare(want, got any, producer string) result {
	c := comparer{autospace: producer == "libreoffice", allowed: map[string]bool{}}
	var r result
	if !c.walk("", want, got, &r) {
		return r
	}
	for a := range c.allowed {
		r.allowed = append(r.allowed, a)
	}
	slices.Sort(r.allowed)
	return r
}

type comparer struct {
	autospace bool
	allowed   map[string]bool
}

// walk reports whether want and got are equal at path; on the first
// difference it fills r and returns false.
func (c *comparer) walk(path string, want, got any, r *result) bool {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return differ(path, want, got, r)
		}
		keys := make([]string, 0, len(w)+len(g))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !c.walk(path+"."+k, w[k], g[k], r) {
				return false
			}
		}
		return true
	case []any:
		g, ok := got.([]any)
		if !ok {
			return differ(path, want, got, r)
		}
		for i := 0; i < min(len(w), len(g)); i++ {
			if !c.walk(fmt.Sprintf("%s[%d]", path, i), w[i], g[i], r) {
				return false
			}
		}
		if len(w) != len(g) {
			return differ(path+".length", len(w), len(g), r)
		}
		return true
	case string:
		g, ok := got.(string)
		if !ok {
			return differ(path, want, got, r)
		}
		if w == g {
			return true
		}
		if a := c.allowance(w, g); a != "" {
			c.allowed[a] = true
			return true
		}
		return differ(path, want, got, r)
	case json.Number:
		if g, ok := got.(json.Number); ok && g == w {
			return true
		}
		return differ(path, want, got, r)
	default: // bool, nil
		if want == got {
			return true
		}
		return differ(path, want, got, r)
	}
}

func differ(path string, want, got any, r *result) bool {
	r.path = path
	r.want = show(want)
	r.got = show(got)
	return false
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	const max = 120
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}

// allowance names the allowance under which strings w and g are equal,
// or "" (package doc).
func (c *comparer) allowance(w, g string) string {
	w3, g3 := u3000(w), u3000(g)
	if w3 == g3 {
		return "u3000"
	}
	w3, g3 = waveDash(w3), waveDash(g3)
	if w3 == g3 {
		return "wavedash"
	}
	if c.autospace && autospace(w3) == autospace(g3) {
		return "autospace"
	}
	if strings.IndexFunc(w, isPUA) >= 0 && dropPUA(w3) == dropPUA(g3) {
		return "pua"
	}
	return ""
}

// u3000 prints U+3000 as a space.
func u3000(s string) string { return strings.ReplaceAll(s, "\u3000", " ") }

// isPUA reports a private-use code point (U+E000–U+F8FF): a symbol font's
// glyph (Word's Wingdings bullet U+F06C) that the producers' fonts lack.
func isPUA(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }

// dropPUA removes private-use code points and the spaces (U+3000, ASCII)
// a producer leaves for their missing glyphs.
func dropPUA(s string) string {
	return strings.Map(func(r rune) rune {
		if isPUA(r) || r == ' ' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// waveDash prints 〜 U+301C as ～ U+FF5E.
func waveDash(s string) string { return strings.ReplaceAll(s, "\u301c", "\uff5e") }

// autospace drops every space between a full-width character and an
// ASCII letter or digit (either order).
func autospace(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == ' ' {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if (wide(prev) && latin(next)) || (latin(prev) && wide(next)) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func wide(r rune) bool  { return r >= 0x2E80 && r != utf8.RuneError }
func latin(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
