package sheetfmt

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"unicode"

	"github.com/rsheet/rsheet/internal/textnorm"
)

// csvOnly lists the fields the sheet text does not print (RS CSV only),
// by struct field name, or Type.Field where the name alone is ambiguous.
// They are left out of the round-trip comparison.
var csvOnly = map[string]bool{
	"Sheet.Registry":              true, // 府省庁の建制順, 旧事業番号, 整理表表示順
	"Sheet.RelatedList":           true, // 1-5 row by row (the text has Related)
	"Sheet.Warnings":              true,
	"Sheet.Source":                true,
	"Law.ID":                      true, // 法令ID
	"Subsidy.RateLines":           true, // lines as printed: layout, not content
	"Subsidy.CapLines":            true,
	"Budget.AccountYears":         true, // 2-1 per-account rows
	"Year.CarriedForward":         true, // 翌年度への繰越し
	"Year.NextRequest":            true, // 翌年度要求額 (the next column's 要求額)
	"Year.ChangeReasons":          true,
	"Year.SpecialNotes":           true,
	"Item.Year":                   true,
	"Item.BudgetTypeRaw":          true, // 第1次補正予算: the sheet prints 補正予算
	"Item.Detail":                 true,
	"Item.Path":                   true, // derived from Item
	"Node.MoreTexts":              true,
	"Node.SourceNumber":           true,
	"Node.GoalType":               true,
	"Indicator.Improvement":       true,
	"Evaluation.Points":           true,
	"Recipient.Location":          true,
	"Use.CorporateNumber":         true,
	"Year.ExecutedRaw":            true, // the RS CSV's placeholder 0 of a year not yet executed
	"AccountYear.ExecutedRaw":     true, // 5-3 法人番号: the sheet's 費目・使途 has no such column
	"Recipient.CorporateType":     true,
	"Contract.MethodDetail":       true,
	"Block.FlowNote":              true,
	"DebtContract.Block":          true,
	"DebtContract.Contract":       true,
	"DebtContract.Method":         true,
	"DebtContract.MethodDetail":   true,
	"DebtContract.Bidders":        true,
	"DebtContract.WinningBidRate": true,
	"DebtContract.Reason":         true,
	"DebtContract.Location":       true,
	"DebtContract.CorporateType":  true,
	"Year.ExecutionRateRaw":       true, // the CSV has none; the rate itself is compared
	"Value.TargetRaw":             true, // compared through the number when both read one
	"Graph.Overview":              true, // the RS CSVs print no overview: nil there, the box order of the rendered text after the parse
}

// canonText is text as the layout can carry it: white space (line
// breaks, runs of spaces, U+3000) is not content — the sheet wraps cells
// by width and separates cells with spaces —, an empty, "--" or "-" cell
// is absent, and look-alike ideographs are folded as the parser folds
// them before reading (textnorm.Fold: ⼤ U+2F24 reads as 大).
func canonText(s string) string {
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	if s == "-" || s == "－" || s == "ー" || isDashCell(s) {
		return ""
	}
	return textnorm.Fold(s)
}

// isDashCell reports whether s is two dashes of any kind (--, ーー, ‐‐,
// ――): the parser reads each as an absent cell.
func isDashCell(s string) bool {
	n := 0
	for _, r := range s {
		if !textnorm.IsDash(r) && r != '-' {
			return false
		}
		n++
	}
	return n == 2
}

// diff returns the first path where got differs from want on a field the
// text carries, or "".
func diff(want, got any) string {
	return diffValue("sheet", "Sheet", reflect.ValueOf(want), reflect.ValueOf(got))
}

func diffValue(path, typ string, a, b reflect.Value) string {
	// nil pointers and empty values: absent, zero-length and "" agree
	if a.Kind() == reflect.Pointer || b.Kind() == reflect.Pointer {
		an, bn := a.Kind() == reflect.Pointer && a.IsNil(), b.Kind() == reflect.Pointer && b.IsNil()
		if an || bn {
			if an && bn {
				return ""
			}
			other := a
			if an {
				other = b
			}
			if other.Elem().Kind() == reflect.String && canonText(other.Elem().String()) == "" {
				return ""
			}
			if other.Elem().Kind() == reflect.Struct && other.Elem().IsZero() {
				return ""
			}
			return fmt.Sprintf("%s: want %s, got %s", path, show(a), show(b))
		}
		return diffValue(path, typ, a.Elem(), b.Elem())
	}
	switch a.Kind() {
	case reflect.Struct:
		t := a.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || csvOnly[t.Name()+"."+f.Name] {
				continue
			}
			p := path + "." + f.Name
			if f.Anonymous {
				p = path
			}
			if d := diffValue(p, t.Name(), a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: want %d entries, got %d (want %s, got %s)", path, a.Len(), b.Len(), show(a), show(b))
		}
		for i := 0; i < a.Len(); i++ {
			if d := diffValue(fmt.Sprintf("%s[%d]", path, i), typ, a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.String:
		if canonText(a.String()) != canonText(b.String()) {
			return fmt.Sprintf("%s: want %q, got %q", path, a.String(), b.String())
		}
		return ""
	case reflect.Float64:
		x, y := a.Float(), b.Float()
		if x != y && math.Abs(x-y) > 1e-9*math.Max(math.Abs(x), math.Abs(y)) {
			return fmt.Sprintf("%s: want %v, got %v", path, x, y)
		}
		return ""
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			return fmt.Sprintf("%s: want %v, got %v", path, a.Interface(), b.Interface())
		}
		return ""
	}
}

func show(v reflect.Value) string {
	s := fmt.Sprintf("%+v", deref(v))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func deref(v reflect.Value) any {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "<nil>"
		}
		v = v.Elem()
	}
	return v.Interface()
}
