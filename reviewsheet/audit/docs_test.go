package audit

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites docs/checks.md and docs/crosscheck.md from the rules:
//
//	go test ./reviewsheet/audit -run Docs -update
var update = flag.Bool("update", false, "rewrite docs/*.md from the rules")

// TestDocs: the documentation pages are generated from the rules and
// their templates; an edit to either without regenerating fails here.
func TestDocs(t *testing.T) {
	for _, name := range []string{"checks", "crosscheck"} {
		got, err := Doc(name)
		require.NoError(t, err)
		path := filepath.Join("..", "..", "docs", name+".md")
		if *update {
			require.NoError(t, os.WriteFile(path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s drifted from the rules: go test ./reviewsheet/audit -run Docs -update", path)
	}
	_, err := Doc("nope")
	assert.Error(t, err)
}

// TestEveryCodeDocumented: every code this package can emit — each
// constant of type Code and each code literal passed to add — has a Rule,
// and every Rule's code is emitted somewhere.
func TestEveryCodeDocumented(t *testing.T) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	emitted := map[Code]bool{}
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "Code" {
					for _, v := range n.Values {
						if lit, ok := v.(*ast.BasicLit); ok {
							s, _ := strconv.Unquote(lit.Value)
							emitted[Code(s)] = true
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "add" && len(n.Args) > 0 {
					if lit, ok := n.Args[0].(*ast.BasicLit); ok {
						t.Errorf("%s: a code literal %s: declare it as a Code constant", fset.Position(lit.Pos()), lit.Value)
					}
				}
			}
			return true
		})
	}
	require.NotEmpty(t, emitted)
	for c := range emitted {
		assert.True(t, Documented(c), "code %s has no Rule (rules_table.go)", c)
	}
	for _, r := range Rules() {
		assert.True(t, emitted[r.Code], "rule %s documents a code nothing declares", r.Code)
	}
}

// TestParseWarningsDocumented: every warning code the parser and the
// importer declare (reviewsheet.Warn*) is listed in docs/checks.md as a
// parse.* finding.
func TestParseWarningsDocumented(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "../warning.go", nil, 0)
	require.NoError(t, err)
	doc, err := Doc("checks")
	require.NoError(t, err)
	n := 0
	ast.Inspect(f, func(nd ast.Node) bool {
		vs, ok := nd.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || !strings.HasPrefix(vs.Names[0].Name, "Warn") || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok {
			return true
		}
		code, _ := strconv.Unquote(lit.Value)
		n++
		assert.Contains(t, string(doc), "`parse."+code+"`", "reviewsheet.%s is not documented in checks.md.tmpl", vs.Names[0].Name)
		return true
	})
	assert.GreaterOrEqual(t, n, 5)
}
