package pdftext

import (
	"bytes"
	"io"
	"strings"

	"github.com/rsheet/rsheet/internal/pdferr"

	"github.com/ledongthuc/pdf"
)

// Default limits of a zero Options.
const (
	// DefaultMaxPages is the page limit: 200 pages, ten times a long
	// sheet.
	DefaultMaxPages = pdferr.MaxPages
	// DefaultMaxObjects bounds the cross-reference table (/Size, /Index).
	DefaultMaxObjects = pdferr.MaxObjects
	// DefaultMaxOps bounds the content-stream operators of the whole
	// document (8 Mi; a sheet page has a few thousand).
	DefaultMaxOps = 1 << 23
	// maxLayoutWork bounds the glyph × rectangle tests of the layout
	// over the whole document (a sheet page needs about 3e5).
	maxLayoutWork = 4e8
	// maxPageContent and maxDocContent bound the decoded content streams
	// (of one page, of the document): the library's interpreter keeps
	// every operand in memory until the next operator.
	maxPageContent = 16 << 20
	maxDocContent  = 128 << 20
	// maxTreeDepth bounds the nesting of the page tree.
	maxTreeDepth = 32
	// maxInput is the largest input Extract reads (callers such as
	// reviewsheet apply their own, smaller size limit first).
	maxInput = 1<<31 - 2
)

// Options are the limits of Extract. Zero fields take the defaults.
type Options struct {
	MaxPages   int
	MaxObjects int
	MaxOps     int
}

func (o Options) withDefaults() Options {
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxObjects <= 0 {
		o.MaxObjects = DefaultMaxObjects
	}
	if o.MaxOps <= 0 {
		o.MaxOps = DefaultMaxOps
	}
	return o
}

// Document is the extracted text of a PDF.
type Document struct {
	// Pages holds the text of each page; every non-empty page ends with
	// a line feed.
	Pages []string
}

// Text joins the pages with a form feed on a line of its own between
// them, the shape the sheet scanner reads as a page break.
func (d *Document) Text() string {
	return strings.Join(d.Pages, "\f\n")
}

// Extract reads the text layer of the PDF in r. Errors are *Error values
// wrapping one of the Err* sentinels. It never panics: a panic inside the
// PDF library is recovered and reported with the page it happened on.
func Extract(r io.ReaderAt, size int64, opt Options) (*Document, error) {
	opt = opt.withDefaults()
	if size < 0 || size > maxInput {
		return nil, errorf(0, ErrLimit, "size %d outside 0…%d bytes", size, int64(maxInput))
	}
	src := make([]byte, size)
	if _, err := r.ReadAt(src, 0); err != nil && err != io.EOF {
		return nil, errorf(0, ErrMalformed, "read: %v", err)
	}
	return ExtractBytes(src, opt)
}

// ExtractBytes is Extract on a byte slice.
func ExtractBytes(src []byte, opt Options) (*Document, error) {
	opt = opt.withDefaults()
	if !bytes.HasPrefix(src, []byte("%PDF-")) {
		return nil, errorf(0, ErrNotPDF, "")
	}
	if err := precheck(src, opt); err != nil {
		return nil, err
	}
	src, err := decryptIfEncrypted(src, opt)
	if err != nil {
		return nil, err
	}
	rd, err := open(src)
	if err != nil {
		return nil, err
	}
	pages, err := collectPages(rd, opt)
	if err != nil {
		return nil, err
	}
	doc := &Document{Pages: make([]string, len(pages))}
	glyphs := 0
	st := &docState{fonts: make(map[string]*font), opsLeft: opt.MaxOps, layoutLeft: maxLayoutWork, contentLeft: maxDocContent}
	for i, p := range pages {
		text, n, err := extractPage(i+1, p, st)
		if err != nil {
			return nil, err
		}
		doc.Pages[i] = text
		glyphs += n
	}
	if glyphs == 0 {
		return nil, errorf(0, ErrNoText, "%d pages and not one character (a scanned sheet?)", len(pages))
	}
	return doc, nil
}

// open opens the file behind a recover boundary.
func open(src []byte) (rd *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			rd, err = nil, recovered(0, x)
		}
	}()
	rd, err = pdf.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		if strings.Contains(err.Error(), "encrypt") || strings.Contains(err.Error(), "password") {
			return nil, errorf(0, ErrEncrypted, "%v", err)
		}
		return nil, errorf(0, ErrMalformed, "%v", err)
	}
	if !rd.Trailer().Key("Encrypt").IsNull() {
		return nil, errorf(0, ErrEncrypted, "the trailer names an /Encrypt dictionary that was not decrypted")
	}
	return rd, nil
}

// pageRef is one page of the page tree with its inherited resources.
type pageRef struct {
	v, res pdf.Value
}

// collectPages walks the page tree once, with depth and node limits so
// that a cycle cannot hang it, and collects the pages in order.
func collectPages(rd *pdf.Reader, opt Options) (pages []pageRef, err error) {
	defer func() {
		if x := recover(); x != nil {
			pages, err = nil, recovered(0, x)
		}
	}()
	root := rd.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return nil, errorf(0, ErrMalformed, "no page tree")
	}
	budget := 2*opt.MaxPages + 64 // nodes visited, intermediate ones included
	var walk func(node, res pdf.Value, depth int) error
	walk = func(node, res pdf.Value, depth int) error {
		budget--
		if budget < 0 || depth > maxTreeDepth {
			return errorf(0, ErrMalformed, "page tree too deep or cyclic")
		}
		if r := node.Key("Resources"); r.Kind() == pdf.Dict {
			res = r
		}
		if node.Key("Type").Name() == "Page" || (node.Key("Kids").Kind() != pdf.Array && node.Key("Contents").Kind() != pdf.Null) {
			if len(pages) >= opt.MaxPages {
				return errorf(0, ErrLimit, "more than %d pages", opt.MaxPages)
			}
			pages = append(pages, pageRef{v: node, res: res})
			return nil
		}
		kids := node.Key("Kids")
		for i := 0; i < kids.Len(); i++ {
			if err := walk(kids.Index(i), res, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root, pdf.Value{}, 0); err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, errorf(0, ErrNoText, "no pages")
	}
	return pages, nil
}

// extractPage interprets and lays out one page behind a recover
// boundary. n is the number of characters found.
// docState is what pages share: the font cache and the work budgets.
type docState struct {
	fonts       map[string]*font
	opsLeft     int
	layoutLeft  float64
	contentLeft int64
	// prevGlyphs: the previous page's glyphs, whose last lines
	// dropClippedTwins asks when a page has clipped text (clip.go)
	prevGlyphs []glyph
}

// readContent reads the decoded content streams of a page (concatenated,
// as pdf.Interpret reads them), at most limit+1 bytes.
func readContent(contents pdf.Value, limit int64) []byte {
	streams := []pdf.Value{contents}
	if contents.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < contents.Len() && i < 1024; i++ {
			streams = append(streams, contents.Index(i))
		}
	}
	var buf bytes.Buffer
	for _, s := range streams {
		if s.Kind() != pdf.Stream {
			continue
		}
		rc := s.Reader()
		_, err := io.Copy(&buf, io.LimitReader(rc, limit+1-int64(buf.Len())))
		rc.Close()
		if err != nil {
			panic(errorf(0, ErrMalformed, "content stream: %v", err))
		}
		if int64(buf.Len()) > limit {
			break
		}
	}
	return buf.Bytes()
}

func extractPage(num int, p pageRef, st *docState) (text string, n int, err error) {
	prev := st.prevGlyphs // only a page read to its end passes its glyphs on
	st.prevGlyphs = nil
	defer func() {
		if x := recover(); x != nil {
			text, n, err = "", 0, recovered(num, x)
		}
	}()
	contents := p.v.Key("Contents")
	data := readContent(contents, min(maxPageContent, st.contentLeft))
	st.contentLeft -= int64(len(data))
	if len(data) > maxPageContent || st.contentLeft < 0 {
		return "", 0, errorf(num, ErrLimit, "content streams larger than %d bytes per page or %d bytes in all", maxPageContent, maxDocContent)
	}
	if unclosedHex(data) {
		return "", 0, errorf(num, ErrMalformed, "content stream ends inside a hex string")
	}
	pc := interpretPage(num, contents, p.res, st)
	pc.box = pageBox(p.v)
	if pc.unreadable != "" && len(pc.glyphs) > 0 {
		return "", 0, errorf(num, ErrUnreadable, "%s", pc.unreadable)
	}
	dropped, total := normalizeGlyphs(pc.glyphs)
	if mojibake(dropped, total) {
		return "", 0, errorf(num, ErrUnreadable, "%d of %d characters do not decode to text", dropped, total)
	}
	// the twins of clipped lines are looked for among the previous
	// page's glyphs, both pages normalised (clip.go)
	pc.glyphs = dropClippedTwins(pc.glyphs, prev)
	st.prevGlyphs = pc.glyphs
	st.layoutLeft -= float64(len(pc.glyphs)+len(pc.rects)) * float64(len(pc.rects)+len(pc.rules)+1)
	if st.layoutLeft < 0 {
		return "", 0, errorf(num, ErrLimit, "too many characters × rectangles to lay out")
	}
	return layoutPage(&pc), total - dropped, nil
}
