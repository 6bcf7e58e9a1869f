// Package num is the one home of the arithmetic and number-text rules
// every rsheet package shares: rounding half away from zero (exact, in
// rationals), the rounding tolerance of sums of printed 千円 amounts, the
// decimals a figure was printed with, full-width digit folding, and
// formatting amounts with thousands separators (yen and 千円).
//
// It holds: pure functions over numbers and their printed text.
// It imports: the standard library only.
// It must never import: anything of rsheet, nor any package outside the
// standard library (the domain packages budget, outcome and spending
// import it, and they stay leaves).
package num
