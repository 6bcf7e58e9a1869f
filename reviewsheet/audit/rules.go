package audit

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"text/template"
)

// Code is the stable identifier of a kind of finding: a family and a
// rule, dot separated ("budget.total", "xcheck.budget.total"). Every code
// Check and Compare can return is documented by a Rule (Rules).
type Code string

// Family is the part of a code before its first dot ("budget").
func (c Code) Family() string {
	f, _, _ := strings.Cut(string(c), ".")
	return f
}

// Rule documents one code: what docs/checks.md and docs/crosscheck.md
// list, generated from Rules (go test ./reviewsheet/audit -run Docs
// -update rewrites them; the test fails when they drift). A code that
// fires at several severities under different conditions has one Rule
// per condition.
type Rule struct {
	Family   string // budget, outcome, spending, basic, parse, xcheck
	Code     Code
	Severity string // as documented: "error", "warning (info within the entry unit)", …
	Rule     string // the formula or condition, with its tolerance (Check)
	Method   string // the domain method that recomputes the figure (Check)
	Path     string // an example path (Compare)
}

// Rules returns the documented rules of Check, then those of Compare.
func Rules() []Rule {
	return append(slices.Clone(checkRules), compareRules...)
}

// Documented reports whether code has a Rule. Codes "parse.*" are the
// parser's warning codes (reviewsheet.Warning), documented with the
// parser; "xcheck.budget.<field>" and "xcheck.outcome.<field>" are
// listed one by one.
func Documented(code Code) bool {
	if strings.HasPrefix(string(code), "parse.") {
		return true
	}
	for _, r := range Rules() {
		if r.Code == code {
			return true
		}
	}
	return false
}

var (
	//go:embed checks.md.tmpl
	checksTemplate string
	//go:embed crosscheck.md.tmpl
	crosscheckTemplate string
)

// Doc renders a documentation page from the rules: "checks" gives
// docs/checks.md, "crosscheck" docs/crosscheck.md.
func Doc(name string) ([]byte, error) {
	src := map[string]string{"checks": checksTemplate, "crosscheck": crosscheckTemplate}[name]
	if src == "" {
		return nil, fmt.Errorf("audit: no document %q", name)
	}
	t, err := template.New(name).Funcs(template.FuncMap{"rules": rulesTable}).Parse(src)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, nil); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// rulesTable is the Markdown table of one family's rules.
func rulesTable(family string) (string, error) {
	var b strings.Builder
	if family == "xcheck" {
		b.WriteString("| code | severity | path example |\n| --- | --- | --- |\n")
	} else {
		b.WriteString("| code | severity | rule | method |\n| --- | --- | --- | --- |\n")
	}
	n := 0
	for _, r := range Rules() {
		if r.Family != family {
			continue
		}
		n++
		if family == "xcheck" {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.Code, r.Severity, r.Path)
		} else {
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.Code, r.Severity, r.Rule, r.Method)
		}
	}
	if n == 0 {
		return "", fmt.Errorf("audit: no rules of family %q", family)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
