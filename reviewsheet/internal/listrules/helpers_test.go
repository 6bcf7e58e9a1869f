package listrules

import (
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/internal/ruletest"
)

// scanLines scans s as sheet text.
var scanLines = ruletest.Scan

// texts joins the texts of lines with newlines.
var texts = ruletest.Texts

// joinLines joins lines with newlines (a test's input or want).
func joinLines(lines ...string) string { return strings.Join(lines, "\n") }

// list shapes of the A5 text, a cell or header word a line
const (
	w0, w1, w2, w3 = "契約概要（契約名）/契約方式等", "支出額", "入札者数", "落札率(%)"
	w4             = "一者応札等の理由と改善策∕落札率非公開の理由"
	recHead        = "支出先名 支出額 法人番号"
	conHead        = w0 + " " + w1 + " " + w2 + " " + w3 + " " + w4
)
