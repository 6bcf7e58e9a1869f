package main

import (
	"bytes"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	graphSample  = "../../testdata/rs2025-006423.txt"
	graphBadPath = "../../testdata/outcome/rs2025-006423.badpath.txt"
)

func graphCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(append([]string{"graph"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// TestGraphCLI: the output equals the goldens the outcome package keeps.
func TestGraphCLI(t *testing.T) {
	tests := []struct {
		args   []string
		golden string
	}{
		{[]string{graphSample}, "../../testdata/outcome/rs2025-006423.dot"},
		{[]string{"-format", "dot", graphSample}, "../../testdata/outcome/rs2025-006423.dot"},
		{[]string{"-format", "mermaid", graphSample}, "../../testdata/outcome/rs2025-006423.mmd"},
	}
	for _, tt := range tests {
		code, stdout, stderr := graphCLI(tt.args...)
		require.Equal(t, exitOK, code, stderr)
		assert.Empty(t, stderr)
		want, err := os.ReadFile(tt.golden)
		require.NoError(t, err)
		assert.Equal(t, string(want), stdout, "%v", tt.args)
	}
}

func TestGraphCLIErrors(t *testing.T) {
	code, _, stderr := graphCLI("-format", "png", graphSample)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown format "png"`)
	code, _, _ = graphCLI()
	assert.Equal(t, exitUsage, code)
	code, _, _ = graphCLI(graphSample, graphSample)
	assert.Equal(t, exitUsage, code)
	code, _, stderr = graphCLI("no-such-file.txt")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stderr, "no-such-file.txt")

	// a sheet with an error: nothing drawn unless -lenient
	code, stdout, stderr := graphCLI(graphBadPath)
	assert.Equal(t, exitFailed, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "rs2025-006423.badpath.txt:1370:1: 短期アウトカム: node 402 of path 104-204-402")
	code, stdout, _ = graphCLI("-lenient", "-format", "mermaid", graphBadPath)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, stdout, "n204 --> n402")
}

// TestGraphCLIRenders pipes the DOT output through Graphviz when it is
// installed.
func TestGraphCLIRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz not installed")
	}
	_, stdout, _ := graphCLI(graphSample)
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = bytes.NewBufferString(stdout)
	out, err := cmd.Output()
	require.NoError(t, err)
	assert.Contains(t, string(out), "</svg>")
}
