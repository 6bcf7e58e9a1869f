package pathrules

import "github.com/rsheet/rsheet/reviewsheet/internal/ruletest"

// scanLines scans s as sheet text.
var scanLines = ruletest.Scan

// texts joins the texts of lines with newlines.
var texts = ruletest.Texts
