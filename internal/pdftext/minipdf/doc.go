// Package minipdf writes tiny PDFs for tests: numbered objects, a correct
// cross-reference table and a trailer. It exists so that tests of PDF
// input can build edge cases (encrypted, image-only, cyclic page trees,
// broken fonts) with the standard library alone.
//
// It holds: a builder of tiny PDFs for tests and fuzz seeds.
// It imports: the standard library.
// It must never import: anything of rsheet.
package minipdf
