// Package ruletest holds what the tests of the parser's rule packages
// share (basicrules, budgetrules, pathrules, listrules, userules,
// linerules): the producer texts they are seeded with, scanning a test's
// text, joining the lines a rule returns, and the position property of
// their fuzz targets. Only tests import it.
//
// It holds: ProducerTexts, AddProducerSeeds, ReadFile, Scan, Texts, InInput
// and Mutate (the random layout edits of the gate tests of normalize and
// reviewsheet).
// It imports: the standard library, testify and internal/sheettext (which imports internal/num).
// It must never import: reviewsheet or any package of the parser, the PDF library or Arrow.
package ruletest
