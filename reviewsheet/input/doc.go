// Package input finds and reads the sheets of rsheet's inputs, the same
// way for the CLI and for Go programs (the examples use it): sheet files
// (text or PDF, detected by content), "-" for standard input, the RS
// system's bulk CSVs (a table ZIP or CSV, or a directory holding them:
// one set, read by package rscsv), PATH#YEAR-ID for one project of such a
// set (../rs2024#2024-006423; the ID with or without leading zeros), and
// directories of any of these, walked in lexical order.
//
//	w := &input.Walker{Stderr: os.Stderr, Emit: func(src string, s *reviewsheet.Sheet) error { … }}
//	for _, arg := range os.Args[1:] {
//		if err := w.Input(arg); err != nil { … } // an Emit error
//	}
//	if w.Failed() { … } // some input was reported as failed
//
// It holds: input discovery (Walker, Classify, SplitProject, ReadFile).
// It imports: reviewsheet, reviewsheet/pdfsheet (PDF files), reviewsheet/rscsv (RS CSV sets) and the standard library.
// It must never import: reviewsheet/audit, sheetarrow or anything of
// cmd/; only cmd/rsheet and the examples import it.
package input
