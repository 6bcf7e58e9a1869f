// Command sweepcmp compares two Sheets as `rsheet parse` prints them
// (JSON), value by value, for scripts/producer-sweep.sh: WANT is the
// parse of a sheet text, GOT the parse of a PDF printed from it.
//
//	sweepcmp [-producer P] WANT.json GOT.json
//
// It prints one line: "equal", "equal allowed=A,B" (equal once the
// allowances below are applied, naming those that were needed) or
// "differ PATH got=… want=…" with the first differing path in key order
// (array indices kept, e.g. .spending.blocks[3].recipients[0].amount).
// The exit status is 0 whatever the result (2 on unreadable input).
//
// What is not compared, or compared with an allowance (each one a
// difference of layout that carries no meaning):
//
//   - source: positions in the text the parser read, which for a PDF is
//     the extracted text (its blank lines fall elsewhere);
//   - outcome.overview: the order in which the text gives the 効果発現経路
//     overview's boxes is the reading order of the diagram, which each
//     producer lays out differently (boxOrderAside in the tests). This
//     also covers Chromium's rounded boxes, whose text may read in another
//     order than the text gives them;
//   - u3000: an ideographic space U+3000 in a string may read back as a
//     space (producers draw no glyph for it; the extraction sees a gap);
//   - wavedash: 〜 U+301C and ～ U+FF5E read as each other. Japanese
//     fonts (IPAexGothic among them) draw both with one glyph, and
//     producers that write one code point per glyph into ToUnicode
//     (Chromium, wkhtmltopdf) write the lower, 〜: the PDF does not say
//     which the text had (2024-000180: （Ｐ２４～Ｐ３０） reads
//     （Ｐ２４〜Ｐ３０））;
//   - pua: a private-use character of the text (Word's Wingdings bullet
//     U+F06C in 2024-006040's 事業の概要) has no glyph in the producers'
//     fonts: it prints as nothing or as a gap. Strings with one compare
//     without private-use characters and spaces;
//   - autospace (-producer libreoffice only): a space between a
//     full-width character and an ASCII letter or digit may appear or
//     vanish, since Writer spaces Asian and Latin text apart.
//
// Numbers are compared as their JSON text: money is int64 yen, so equal
// amounts print equal.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

func main() {
	producer := flag.String("producer", "", "the PDF's producer (libreoffice turns on the autospace allowance)")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: sweepcmp [-producer P] WANT.json GOT.json")
		os.Exit(2)
	}
	want, err := load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sweepcmp:", err)
		os.Exit(2)
	}
	got, err := load(flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sweepcmp:", err)
		os.Exit(2)
	}
	fmt.Println(compare(want, got, *producer).String())
}

// load reads one JSON value, numbers kept as their text, with the keys
// that are layout rather than content removed.
func load(path string) (any, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	setAside(v)
	return v, nil
}

// setAside removes source and outcome.overview (see the package doc).
func setAside(v any) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	delete(m, "source")
	if o, ok := m["outcome"].(map[string]any); ok {
		delete(o, "overview")
	}
}
