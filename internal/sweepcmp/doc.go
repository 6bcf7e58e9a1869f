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
//
// It holds: the sweep's comparison of two parsed Sheets and its allowances.
// It imports: the standard library only (it reads JSON, not the model).
// It must never import: anything of rsheet; nothing imports it.
package main
