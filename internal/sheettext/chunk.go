package sheettext

import "strings"

// Chunk builds the joined texts of one parse (JoinWrapped, TextString,
// Join) in shared buffers instead of one allocation each: a text is
// appended to the current buffer and handed out as a string over the
// bytes it wrote. A buffer is only ever appended to, so a string handed
// out is never written again (it is as immutable as any string), and a
// full buffer is left to the strings that point into it while the next
// text starts a new one. A text longer than a quarter of a buffer gets
// an allocation of its own.
//
// The strings keep their whole buffer alive: a Chunk belongs to one
// parse, whose texts live as long as its result. The zero Chunk is ready
// to use.
type Chunk struct {
	b strings.Builder
}

// ChunkSize is the size of a buffer of a Chunk after the first (see
// Size).
const ChunkSize = 1 << 10

// Size sets the size of the chunk's first buffer to n bytes (when it has
// none yet): the texts of a parse it can foresee hold in one allocation.
func (c *Chunk) Size(n int) {
	if c.b.Cap() == 0 && n > 0 {
		c.b.Grow(n)
	}
}

// reserve makes room for n more bytes in the current buffer (a new
// buffer when it has not that much left) and returns where the text
// starts; ok is false for a text that gets an allocation of its own.
func (c *Chunk) reserve(n int) (start int, ok bool) {
	if c.b.Cap()-c.b.Len() < n {
		if n > ChunkSize/4 {
			return 0, false
		}
		c.b = strings.Builder{} // the old buffer stays with its strings
		c.b.Grow(ChunkSize)
	}
	return c.b.Len(), true
}

// since returns the text written from start on.
func (c *Chunk) since(start int) string { return c.b.String()[start:] }

// JoinWrapped is the package's JoinWrapped, built in the chunk.
func (c *Chunk) JoinWrapped(lines []Line) string {
	switch len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0].Text
	}
	n := 0
	for _, l := range lines {
		n += len(l.Text)
	}
	start, ok := c.reserve(n)
	if !ok {
		return JoinWrapped(lines)
	}
	for _, l := range lines {
		c.b.WriteString(l.Text)
	}
	return c.since(start)
}

// TextString is the package's TextString, built in the chunk.
func (c *Chunk) TextString(lines []Line) (string, bool) {
	switch len(lines) {
	case 0:
		return "", false
	case 1:
		return OptString(lines[0].Text)
	}
	n := 0
	for i, l := range lines {
		n += len(l.Text)
		if i > 0 && IsBullet(l.Text) {
			n++
		}
	}
	start, ok := c.reserve(n)
	if !ok {
		return TextString(lines)
	}
	for i, l := range lines {
		if i > 0 && IsBullet(l.Text) {
			c.b.WriteByte('\n')
		}
		c.b.WriteString(l.Text)
	}
	return OptString(c.since(start))
}

// Join is strings.Join built in the chunk.
func (c *Chunk) Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	start, ok := c.reserve(n)
	if !ok {
		return strings.Join(elems, sep)
	}
	c.b.WriteString(elems[0])
	for _, e := range elems[1:] {
		c.b.WriteString(sep)
		c.b.WriteString(e)
	}
	return c.since(start)
}

// Concat returns a+b built in the chunk.
func (c *Chunk) Concat(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	start, ok := c.reserve(len(a) + len(b))
	if !ok {
		return a + b
	}
	c.b.WriteString(a)
	c.b.WriteString(b)
	return c.since(start)
}

// Paragraphs is the package's Paragraphs with each paragraph built in
// the chunk.
func (c *Chunk) Paragraphs(lines []Line) []string {
	var out []string
	start := 0
	for i := 1; i <= len(lines); i++ {
		if i == len(lines) || IsBullet(lines[i].Text) {
			out = append(out, c.JoinWrapped(lines[start:i]))
			start = i
		}
	}
	return out
}

// TakeURL is the package's TakeURL with the URL built in the chunk.
func (c *Chunk) TakeURL(lines []Line) (string, int) {
	n := urlLines(lines)
	return c.JoinWrapped(lines[:n]), n
}
