package outcome

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the DOT and Mermaid goldens:
//
//	go test ./outcome -run Render -update
var update = flag.Bool("update", false, "rewrite golden files under ../testdata/outcome")

var renderGoldens = []struct {
	name   string
	golden string
	write  func(*Graph, *bytes.Buffer) error
}{
	{"dot", "../testdata/outcome/rs2025-006423.dot", func(g *Graph, b *bytes.Buffer) error { return g.WriteDOT(b) }},
	{"mermaid", "../testdata/outcome/rs2025-006423.mmd", func(g *Graph, b *bytes.Buffer) error { return g.WriteMermaid(b) }},
}

func TestRenderGolden(t *testing.T) {
	g := loadSample(t)
	for _, tt := range renderGoldens {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.write(g, &b))
			if *update {
				require.NoError(t, os.WriteFile(tt.golden, b.Bytes(), 0o644))
			}
			want, err := os.ReadFile(tt.golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), b.String(), "golden differs; if intended, run with -update")
			// one line per node and per distinct edge
			arrow := map[string]string{"dot": " -> ", "mermaid": " --> "}[tt.name]
			assert.Equal(t, 20, strings.Count(b.String(), arrow))
		})
	}
}

// TestDOTRenders runs Graphviz on the output when it is installed
// (apt-get install graphviz); without it the golden file is the check.
func TestDOTRenders(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz not installed")
	}
	var b bytes.Buffer
	require.NoError(t, loadSample(t).WriteDOT(&b))
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &b
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	assert.Empty(t, stderr.String())
	assert.Contains(t, string(out), "<svg")
	assert.Contains(t, string(out), "短期アウトカム")
}

func TestShortTextAndEscaping(t *testing.T) {
	n := Node{ID: 301, Kind: KindShortOutcome, Text: strings.Repeat("あ", ShortTextRunes+5)}
	assert.Equal(t, strings.Repeat("あ", ShortTextRunes)+"…", n.ShortText())
	n.Text = `「"引用"」\と<タグ>#1`
	assert.Equal(t, n.Text, n.ShortText())
	g := &Graph{Nodes: []Node{n}, Paths: [][]int{{101, 301}}}
	var dot, mmd bytes.Buffer
	require.NoError(t, g.WriteDOT(&dot))
	require.NoError(t, g.WriteMermaid(&mmd))
	assert.Contains(t, dot.String(), `「\"引用\"」\\と<タグ>#1`)
	assert.Contains(t, dot.String(), `n101 [label="101\n(no block)", style=dashed];`)
	assert.Contains(t, mmd.String(), `「#quot;引用#quot;」\と#lt;タグ#gt;#35;1`)
	// box text stands in for a node without block text
	box := "概要"
	assert.Equal(t, "概要", (&Node{BoxText: &box}).ShortText())
}
