// Package gate holds the switch that opens the parser's rule gates.
//
// The text parser (package reviewsheet) skips the rules for text from
// other extractors when a cheap check of the input shows they cannot
// change it (reviewsheet/rulegate.go). A gate may only skip work, never
// change a result: the tests of reviewsheet and reviewsheet/sheetfmt
// parse the same inputs with Force set and unset and compare.
package gate

// Force, when set, makes every gate open: all rules run on every input
// that reaches them. For tests only; it is read without synchronisation,
// so set it only while no parse runs.
var Force bool
