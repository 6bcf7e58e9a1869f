package crossproject

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzEntityKey: any name and number give a key of the prefix of its kind,
// never a panic; a valid number always wins over the name.
func FuzzEntityKey(f *testing.F) {
	for _, s := range [][2]string{
		{"株式会社電通", "5010401143788"}, {"（株）電通", ""}, {"岐阜県", "4000020210005"}, {"北海道", ""},
		{"個人①", "9999999999999"}, {"その他", ""}, {"株式会社Ａ", "1234567890123"}, {"ＮＰＯ法人　市民ネット", " "},
		{"", ""}, {"\xff", "\xff"},
	} {
		f.Add(s[0], s[1])
	}
	prefix := map[KeyKind]string{KeyCorporate: "cn:", KeyLocalGovernment: "lg:", KeyName: "name:", KeyAnonymous: "anon:", KeyOther: "other:"}
	f.Fuzz(func(t *testing.T, name, number string) {
		k := EntityKey(name, &number, 2025, "006423", "A")
		p, ok := prefix[k.Kind]
		if !ok || !strings.HasPrefix(k.Key, p) {
			t.Fatalf("%q %q: key %q of kind %q", name, number, k.Key, k.Kind)
		}
		if k.CorporateNumber != "" && k.Kind != KeyCorporate && k.Kind != KeyLocalGovernment {
			t.Fatalf("%q %q: number %q used by a %s key", name, number, k.CorporateNumber, k.Kind)
		}
		if utf8.ValidString(name) && !utf8.ValidString(NormalizeName(name)) {
			t.Fatalf("%q: invalid UTF-8 after normalisation", name)
		}
	})
}
