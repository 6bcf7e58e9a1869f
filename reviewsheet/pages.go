package reviewsheet

// Pages of text extracted from a PDF.
//
// pdfsheet.Extract puts a form feed (U+000C) between pages. Lines are
// counted as everywhere else (LF, CRLF and a lone CR end a line); a form
// feed starts a new page but not a new line, so the line that holds it
// is on the page it starts. Parser messages and findings on PDF input
// name both ("FILE:p2:L34"), and `rsheet text -n` prints the same
// numbers ("p2 L34 │ …"): both use Pages.

// Pages maps the line numbers of a text to its page numbers.
type Pages struct {
	// first[i] is the first line (1-based) of page i+1.
	first []int
}

// NewPages counts the pages of text.
func NewPages(text []byte) *Pages {
	p := &Pages{first: []int{1}}
	line := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\f':
			p.first = append(p.first, line)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			line++
		case '\n':
			line++
		}
	}
	return p
}

// Page returns the page of line (1-based); 0 for a line ≤ 0 or a nil
// Pages. A page that starts within a line (its form feed is not at the
// line's start) owns that line.
func (p *Pages) Page(line int) int {
	if p == nil || line <= 0 {
		return 0
	}
	page := 0
	for i, f := range p.first {
		if f <= line {
			page = i + 1
		} else {
			break
		}
	}
	return page
}

// Count returns the number of pages.
func (p *Pages) Count() int {
	if p == nil {
		return 0
	}
	return len(p.first)
}
