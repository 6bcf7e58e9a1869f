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

// begin makes room for a text of n bytes and returns the chunk to write
// it to and where it starts: the current buffer when it has room, else a
// new buffer, or a chunk of its own for a text longer than a quarter of
// a buffer (the current buffer's room is kept for the next texts). A
// zero Chunk's first text gets a buffer of its size: the package's
// functions join one text in a zero Chunk.
func (c *Chunk) begin(n int) (w *Chunk, start int) {
	if c.b.Cap()-c.b.Len() >= n {
		return c, c.b.Len()
	}
	if c.b.Cap() == 0 {
		c.b.Grow(n)
		return c, 0
	}
	if n > ChunkSize/4 {
		w = new(Chunk)
		w.b.Grow(n)
		return w, 0
	}
	c.b = strings.Builder{} // the old buffer stays with its strings
	c.b.Grow(ChunkSize)
	return c, 0
}

// since returns the text written from start on.
func (c *Chunk) since(start int) string { return c.b.String()[start:] }

// JoinWrapped is the package's JoinWrapped, built in the chunk.
func (c *Chunk) JoinWrapped(lines []Line) string { return c.joinLines(lines, sepNone) }

// TextString is the package's TextString, built in the chunk.
func (c *Chunk) TextString(lines []Line) (string, bool) {
	if len(lines) == 1 {
		return OptString(lines[0].Text)
	}
	return OptString(c.joinLines(lines, sepBullet))
}

// sep says which byte joinLines writes between two lines.
type sep uint8

const (
	sepNone   sep = iota // none: the lines of one wrapped cell
	sepBullet            // '\n' before a line that starts with a bullet (IsBullet)
	sepBreak             // ' ' before a line after a break (cells of a row)
)

// before is the byte written before line l (not the first) after the
// line prev, 0 for none.
func (s sep) before(prev, l Line) byte {
	switch {
	case s == sepBullet && IsBullet(l.Text):
		return '\n'
	case s == sepBreak && l.Break:
		return ' '
	case SpacedSeparatorAt(prev.Text, l.Text):
		return ' '
	}
	return 0
}

// SpacedSeparatorAt reports a wrap inside a spaced separator: " / "
// between the parts of a 歳出予算項目 (一般会計 / 内閣府 / …) or " | "
// between the 事業所管課室 (内閣府 | 政策統括官…) broken at one of its
// spaces, which the line's trimming lost: prev ends with " /" or " |",
// or next starts with "/ " or "| ", or either is the separator alone
// (mutool and PyMuPDF print "一般会計", "/", "内閣府 /" a line each).
// The lines are joined with a space there, so the separator reads as
// printed; a "/" or "|" without a space beside it (2/3, a URL) is text
// and joins as any wrapped line.
func SpacedSeparatorAt(prev, next string) bool {
	return spacedEnd(prev) || spacedStart(next)
}

func spacedEnd(s string) bool {
	n := len(s)
	return n > 0 && (s[n-1] == '/' || s[n-1] == '|') && (n == 1 || s[n-2] == ' ')
}

func spacedStart(s string) bool {
	return len(s) > 0 && (s[0] == '/' || s[0] == '|') && (len(s) == 1 || s[1] == ' ')
}

// joinLines joins the texts of lines in the chunk with the separators s
// asks for; one line is returned as it is.
func (c *Chunk) joinLines(lines []Line, s sep) string {
	switch len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0].Text
	}
	n := len(lines[0].Text)
	for i, l := range lines[1:] {
		n += len(l.Text)
		if s.before(lines[i], l) != 0 {
			n++
		}
	}
	w, start := c.begin(n)
	w.b.WriteString(lines[0].Text)
	for i, l := range lines[1:] {
		if b := s.before(lines[i], l); b != 0 {
			w.b.WriteByte(b)
		}
		w.b.WriteString(l.Text)
	}
	return w.since(start)
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
	w, start := c.begin(n)
	w.b.WriteString(elems[0])
	for _, e := range elems[1:] {
		w.b.WriteString(sep)
		w.b.WriteString(e)
	}
	return w.since(start)
}

// Concat returns a+b built in the chunk.
func (c *Chunk) Concat(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	w, start := c.begin(len(a) + len(b))
	w.b.WriteString(a)
	w.b.WriteString(b)
	return w.since(start)
}

// Copy returns b as a string built in the chunk.
func (c *Chunk) Copy(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	w, start := c.begin(len(b))
	w.b.Write(b)
	return w.since(start)
}

// Paragraphs is the package's Paragraphs with each paragraph built in
// the chunk.
func (c *Chunk) Paragraphs(lines []Line) []string {
	if len(lines) == 0 {
		return nil
	}
	return c.AppendParagraphs(make([]string, 0, CountParagraphs(lines)), lines)
}

// CountParagraphs is the number of paragraphs Paragraphs makes of lines.
func CountParagraphs(lines []Line) int {
	if len(lines) == 0 {
		return 0
	}
	n := 1
	for _, l := range lines[1:] {
		if IsBullet(l.Text) {
			n++
		}
	}
	return n
}

// AppendParagraphs appends the paragraphs of lines (as Paragraphs cuts
// them), built in the chunk, to out.
func (c *Chunk) AppendParagraphs(out []string, lines []Line) []string {
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

// Cells joins the lines of a table row in the chunk: wrapped lines
// without a separator, a line after a break (a blank line separates
// cells) after a space.
func (c *Chunk) Cells(lines []Line) string { return c.joinLines(lines, sepBreak) }
