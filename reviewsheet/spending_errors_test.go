package reviewsheet

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpendingErrors breaks the sample in one place and checks the typed
// error (sentinel, line, label) and that the rest of the section is still
// read.
func TestSpendingErrors(t *testing.T) {
	tests := []struct {
		name     string
		src      string // sample path
		old, new string
		sentinel error
		line     int
		label    string
		msg      string
	}{
		{"unknown method", samplePath, "随意契約（少額） \n", "随意契約（謎） \n", ErrSyntax, 1624, "契約方式等", "unknown 契約方式等"},
		{"flow total disagrees", samplePath, "16,640 千円", "16,641 千円", ErrConflict, 1438, "資金の流れ", "flow amount"},
		{"flow name disagrees", samplePath, "B. 岐阜県　ほか", "B. 岐阜市　ほか", ErrConflict, 1436, "資金の流れ", "named"},
		{"flow count disagrees", samplePath, "支出先の数: 9\n", "支出先の数: 8\n", ErrConflict, 1453, "支出先の数", "8 in the flow"},
		{"count not a number", samplePath, "支出先の数: 22", "支出先の数: 二十二", ErrSyntax, 1430, "支出先の数", "not a count"},
		{"flow amount unit", samplePath, "間接経費: 1,079 千\n円", "間接経費: 1,079 万\n円", ErrSyntax, 1419, "間接経費", "does not end with 千円"},
		{"contract row missing", samplePath, "990 1 -- --", "990 1 x --", ErrLayout, 1622, "契約概要（契約名）/契約方式等 支出額 入札者数 落札率(%) 一者応札等の理由と改善策∕落札率非公開の理由", "no \"支出額"},
		{"block row unreadable", samplePath, "B 岐阜県　ほか 16,640 18", "B 岐阜県　ほか", ErrLayout, 1641, "支出先ブロック名 合計支出額 支出先数 事業を行う上での役割", "block row"},
		{"uses header missing", samplePath, "支出先名 契約概要（契約名） 費目 使途 金額\n", "", ErrLayout, 1964, "費目・使途", "column header"},
		{"uses row without amount", samplePath, "品費、印刷製本費、通信費等 275", "品費、印刷製本費、通信費等", ErrLayout, 2000, "費目・使途", "no 金額"},
		{"unknown parent block", redelegationPath, "支出元: D", "支出元: Q", ErrMissing, 1481, "支出元", "does not print"},
		{"parent is itself", redelegationPath, "支出元: D", "支出元: E", ErrConflict, 1481, "支出元", "from itself"},
		{"parent not a letter", redelegationPath, "支出元: D", "支出元: 株式会社", ErrSyntax, 1481, "支出元", "not a block letter"},
		{"no flow", samplePath, "資金の流れ\n", "", ErrMissing, 0, "資金の流れ", "label not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := string(readFile(t, tt.src))
			require.Equal(t, 1, strings.Count(src, tt.old), "test setup: %q must occur once", tt.old)
			src = strings.Replace(src, tt.old, tt.new, 1)
			p := Parser{Name: "broken.txt", Lenient: true}
			s, err := p.ParseBytes([]byte(src))
			require.Error(t, err)
			require.NotNil(t, s, "lenient parse returns the partial sheet")
			require.NotNil(t, s.Spending)
			var list ErrorList
			require.True(t, errors.As(err, &list))
			var found *Error
			for _, e := range list {
				if e.Label == tt.label && strings.Contains(e.Error(), tt.msg) {
					found = e
					break
				}
			}
			require.NotNil(t, found, "no %s error with %q in %v", tt.label, tt.msg, list)
			assert.ErrorIs(t, found, tt.sentinel)
			if tt.line > 0 {
				assert.Equal(t, tt.line, found.Line, found.Error())
			}
			if tt.name != "no flow" {
				assert.GreaterOrEqual(t, len(s.Spending.Recipients), 37, "the rest of the list is still read")
			}
		})
	}
}

// TestSpendingStrict: in strict mode a broken spending section yields no
// sheet.
func TestSpendingStrict(t *testing.T) {
	src := strings.Replace(string(readFile(t, samplePath)), "16,640 千円", "16,641 千円", 1)
	var p Parser
	s, err := p.ParseBytes([]byte(src))
	assert.Nil(t, s)
	assert.ErrorIs(t, err, ErrConflict)
}

// spendingSeeds are the 支出先 sections of the sample, its variants and
// the re-delegation variant.
func spendingSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, p := range append([]string{samplePath, redelegationPath}, variantPaths...) {
		out = append(out, []byte(spendingSection(t, string(readFile(t, p)))))
	}
	return out
}

// FuzzParseSpending feeds mutated 支出先 sections to the spending parser
// alone: it must never panic, always return a Spending, report errors
// with a label and a line inside the input, and produce marshalable JSON.
// Seeds: the sections of the sample and variants (plus
// testdata/fuzz/FuzzParseSpending).
//
//	go test ./reviewsheet -run '^$' -fuzz FuzzParseSpending -fuzztime 60s -fuzzminimizetime 2s
//
// (the sections are 17–20 KB: without a short -fuzzminimizetime the
// worker spends the run minimizing its first new input)
func FuzzParseSpending(f *testing.F) {
	for _, s := range spendingSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		sp, errs := parseSpendingText(src)
		if sp == nil {
			t.Fatal("no Spending")
		}
		lines := 1
		for _, c := range src {
			if c == '\n' || c == '\r' {
				lines++
			}
		}
		for _, e := range errs {
			if e.Label == "" || e.Err == nil || e.Line < 0 || e.Line > lines {
				t.Fatalf("bad error %#v", e)
			}
		}
		if _, err := json.Marshal(sp); err != nil {
			t.Fatalf("json: %v", err)
		}
	})
}

// BenchmarkParseSpending measures the spending parser alone over the
// sample's 支出先 section (about 21 KB).
//
//	go test ./reviewsheet -run '^$' -bench ParseSpending -benchmem
func BenchmarkParseSpending(b *testing.B) {
	src := spendingSeeds(b)[0]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := parseSpendingText(src); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
