// Package exutil holds what the example programs share: finding the
// sheets they read (sheet text files, folders of them, or the official RS
// bulk CSVs) and printing amounts.
//
// It holds: what the example programs share (finding sheets, printing amounts).
// It imports: reviewsheet, reviewsheet/input, internal/num.
// It must never import: cmd/; only the examples import it.
package exutil
