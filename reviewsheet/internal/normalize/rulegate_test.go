package normalize

import (
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/stretchr/testify/assert"
)

// TestRuleGateSkips checks that the gate does close: text in the sheet's
// own layout with a look-alike code point needs normalising but no
// layout rule.
func TestRuleGateSkips(t *testing.T) {
	src := readFile(t, samplePath)
	_, lines := sheettext.Scan("", src)
	assert.False(t, needsGutterRules(lines), "the sample has no gutter")
	variant := readFile(t, "../../../testdata/variants/rs2025-006423.spaces.txt")
	_, lines = sheettext.Scan("", variant)
	assert.True(t, needsGutterRules(lines), "the spaces variant has gutters")
}
