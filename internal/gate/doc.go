// Package gate holds the switch that opens the parser's rule gates.
//
// The text parser (package reviewsheet) skips the rules for text from
// other extractors when a cheap check of the input shows they cannot
// change it (reviewsheet/internal/normalize/rulegate.go). A gate may
// only skip work, never change a result: the tests of reviewsheet and reviewsheet/sheetfmt
// parse the same inputs with Force set and unset and compare.
//
// It holds: the test switch Force that opens every rule gate of the parser.
// It imports: nothing.
// It must never import: anything (the parser and its tests import it).
package gate
