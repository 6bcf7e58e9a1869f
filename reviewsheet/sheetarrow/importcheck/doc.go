// Package importcheck holds only a test: importing sheetarrow changes no
// process-wide state (the Parquet zstd codec is replaced by the first
// Parquet write, not by the import). A package of its own, so that no other
// test has written Parquet in the same process first.
//
// It holds: a test, nothing else.
// It imports: nothing (its test imports sheetarrow and arrow-go's compress).
// It must never import: anything in non-test code.
package importcheck
