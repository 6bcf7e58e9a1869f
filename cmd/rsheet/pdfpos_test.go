package main

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

const pdfSample = "../../testdata/pdf/rs2025-006423.pdf"

// TestPDFPositions: findings on PDF input read FILE:pN:LM, and `rsheet
// text -n` prints the same page for line M; text input keeps FILE:LINE.
func TestPDFPositions(t *testing.T) {
	code, stdout, stderr := runCLI("check", pdfSample)
	require.NotEqual(t, exitUsage, code, stderr)
	pos := regexp.MustCompile(`^` + regexp.QuoteMeta(pdfSample) + `:p(\d+):L(\d+): `)
	_, numbered, _ := runCLI("text", "-n", pdfSample)
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		m := pos.FindStringSubmatch(line)
		if m == nil {
			assert.NotRegexp(t, `:\d+: `, line, "a finding with a line has a page")
			continue
		}
		n++
		assert.Contains(t, numbered, fmt.Sprintf("\np%s L%s │ ", m[1], m[2]), "text -n agrees: %s", line)
	}
	assert.Greater(t, n, 3)
	_, stdout, _ = runCLI("check", sample)
	assert.Regexp(t, `^`+regexp.QuoteMeta(sample)+`:\d+: `, stdout, "text input: FILE:LINE")
}

// TestPages: lines are counted like the parser's; a form feed starts a
// page on the line that holds it.
func TestPages(t *testing.T) {
	p := reviewsheet.NewPages([]byte("a\nb\r\n\fc\rd\n\f\fe"))
	assert.Equal(t, 4, p.Count())
	for line, page := range map[int]int{1: 1, 2: 1, 3: 2, 4: 2, 5: 4, 0: 0} {
		assert.Equal(t, page, p.Page(line), "line %d", line)
	}
	e := &reviewsheet.Error{File: "x.pdf", Line: 34, Page: 12, Label: "執行額", Err: fmt.Errorf("bad")}
	assert.Equal(t, "x.pdf:p12:L34: 執行額: bad", e.Error())
}
