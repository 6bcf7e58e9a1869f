package reviewsheet

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// ocSectionOf returns the text of the 効果発現経路 section of a sheet
// (heading excluded, up to the KPI block), or the whole input.
func ocSectionOf(src []byte) []byte {
	_, lines := sheettext.Scan("", src)
	start, end := -1, len(src)
	for _, l := range lines {
		off := int(l.Pos) - 1
		if l.Text == string(label.SecOutcome) && start < 0 {
			start = off + len(l.Text)
		}
		if l.Text == "事業に関連する" && start >= 0 {
			end = off
			break
		}
	}
	if start < 0 {
		return src
	}
	return src[start:end]
}

// FuzzParseOutcome feeds mutated 効果発現経路 sections to the outcome
// parser alone. It must never panic; every error must carry a position
// inside the input; nodes come out sorted and unique; the graph encodes
// as JSON; and a section parsed without errors passes
// outcome.Graph.Validate. Seeds: the sample's section and those of its
// variants and of the hand-made bad-path variant, a minimal section,
// and testdata/fuzz/FuzzParseOutcome.
//
//	go test ./reviewsheet -run '^$' -fuzz FuzzParseOutcome -fuzztime 60s
func FuzzParseOutcome(f *testing.F) {
	for _, p := range append([]string{samplePath, badPathVariant}, variantPaths...) {
		f.Add(ocSectionOf(readFile(f, p)))
	}
	f.Add([]byte(ocMiniWith()))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, lines := sheettext.Scan("fuzz.txt", src)
		p := &parser{file: file, lines: lines, sheet: &Sheet{}}
		p.sheet.Source = newSource(file)
		p.parseOutcome(&section{label: label.SecOutcome, lines: lines})
		g := p.sheet.Outcome
		if g == nil {
			t.Fatal("nil graph")
		}
		for _, d := range p.diags {
			if d.pos != sheettext.NoPos && (int(d.pos) < 1 || int(d.pos) > len(src)) {
				t.Fatalf("error outside the input: %d (len %d): %v", d.pos, len(src), d.err)
			}
		}
		if !sort.SliceIsSorted(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID }) {
			t.Fatal("nodes not sorted")
		}
		for i := 1; i < len(g.Nodes); i++ {
			if g.Nodes[i].ID == g.Nodes[i-1].ID {
				t.Fatalf("node %d twice", g.Nodes[i].ID)
			}
		}
		if _, err := json.Marshal(g); err != nil {
			t.Fatal(err)
		}
		if len(p.diags) == 0 {
			if probs := g.Validate(); len(probs) > 0 {
				t.Fatalf("no errors but Validate finds %v", probs)
			}
		}
	})
}
