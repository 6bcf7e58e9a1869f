package linerules

import "github.com/rsheet/rsheet/reviewsheet/internal/ruletest"

// samplePath is the sample sheet (as in the tests of package reviewsheet).
const samplePath = "../../../testdata/rs2025-006423.txt"

var readFile = ruletest.ReadFile

// scanLines scans s as sheet text.
var scanLines = ruletest.Scan
