package sheetfmt

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// TestTabPrintedAsSpace: a tab the RS CSV holds inside a text is printed
// as a space, so that the text parser does not read the sheet as layout
// text and rewrite its other texts (2024-001953 and 2024-004756 of
// scripts/producer-sweep.sh: "2030 年度" read as "2030年度", two U+3000
// as one space, when a tab stood elsewhere in the sheet).
func TestTabPrintedAsSpace(t *testing.T) {
	s := minimal()
	s.Purpose = sp("2050 年カーボンニュートラル、 2030 年度 46 ％削減")
	s.Overview = []string{"（予算額）\u3000\u3000・2021年度：23,948,718\t千円の内数"}
	txt := Format(s)
	assert.NotContains(t, string(txt), "\t")
	got, err := reviewsheet.Parse(bytes.NewReader(txt))
	require.NoError(t, err)
	assert.Equal(t, *s.Purpose, *got.Purpose)
	assert.Equal(t, []string{"（予算額）\u3000\u3000・2021年度：23,948,718 千円の内数"}, got.Overview)
}
