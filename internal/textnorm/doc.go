// Package textnorm folds the characters that differ between extractions of
// the same sheet and carry no meaning: the code points a PDF font or an
// extractor chose for a glyph, and the width of ASCII characters.
//
// Three folds, each a pure function with a no-allocation fast path (the
// input string is returned as is when nothing changes, which is the usual
// case: plain ASCII, kana and unified kanji are never touched):
//
//   - [Fold] maps look-alike code points to the character the sheet
//     means, and is safe on raw text kept for output: Kangxi radicals
//     (U+2F00–U+2FD5, ⾏ → 行) and CJK compatibility ideographs
//     (U+F900–U+FAFF, U+2F800–U+2FA1F) to their NFKC unified ideograph,
//     but ⼾ → 戸 and ⿊ → 黒, the glyphs Japanese fonts draw for them;
//     the CJK radicals supplement (U+2E80–U+2EFF) to the ideograph whose
//     glyph it is (⺠ → 民, ⻑ → 長, ⻘ → 青, NFKC where it has one);
//     ‧ U+2027 (hyphenation point) to ・ U+30FB.
//   - [Narrow] maps full-width ASCII (U+FF01–U+FF5E) to ASCII and the
//     ideographic space U+3000 to a space. The sheet prints full-width
//     parentheses in names, so this is for comparison and number reading
//     only, never for text kept as printed.
//   - [Key] is the comparison key of a label: Fold, Narrow, every space
//     removed, slashes (∕ ／ /) as '/', dashes (‐ ‑ ‒ – — ― − － ー ｰ) as
//     '-'. Two spellings of a label are the same label when their keys are
//     equal.
//
// [IsDash] and [IsSpace] expose the classes Key uses.
//
// It holds: the character folds shared by the text and PDF paths (NFKC subset, radicals, widths, Shift_JIS).
// It imports: the standard library and golang.org/x/text.
// It must never import: anything of rsheet.
package textnorm
