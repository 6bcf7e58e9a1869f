package crossproject

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/rsheet/rsheet/spending"
)

// KeyKind says what an entity key is built from.
type KeyKind string

// The kinds of entity key, in order of preference.
const (
	// KeyLocalGovernment: a 地方公共団体コード, from the 法人番号 of a local
	// government ("000020" + code) or from a name that is exactly a
	// 都道府県 name. Key "lg:210005".
	KeyLocalGovernment KeyKind = "local_government"
	// KeyCorporate: a valid 法人番号 (check digit right, not a
	// placeholder such as 9999999999999). Key "cn:4010001054032".
	KeyCorporate KeyKind = "corporate_number"
	// KeyName: no usable number; the normalised name (see NormalizeName).
	// Key "name:野村総合研究所|株式会社".
	KeyName KeyKind = "name"
	// KeyAnonymous: a name that stands for an undisclosed payee (個人,
	// 個人Ａ, 株式会社Ａ: see anonymousName); "個人Ａ" of two sheets is not
	// one person, so the key is per block like KeyOther. Key
	// "anon:2024/001234/B/個人A".
	KeyAnonymous KeyKind = "anonymous"
	// KeyOther: the その他 row of one block, which sums payees the sheet
	// does not list; it is never merged with another sheet's その他.
	// Key "other:2025/006423/A".
	KeyOther KeyKind = "other"
)

// Key identifies a recipient across sheets.
type Key struct {
	Key  string  // "cn:…", "lg:…", "name:…" or "other:…"
	Kind KeyKind // what Key is built from
	// CorporateNumber is the valid 法人番号 the key uses; "" otherwise.
	CorporateNumber string
	// LocalGovernmentCode is the 地方公共団体コード (six digits); "" otherwise.
	LocalGovernmentCode string
	// NumberProblem says why a 法人番号 that was written was not used:
	// "placeholder" (one repeated digit, 9999999999999 for individuals)
	// or "invalid" (not 13 digits, or a wrong check digit). "" when the
	// number was used or none was written.
	NumberProblem string
}

// Number problems of Key.NumberProblem.
const (
	NumberPlaceholder = "placeholder"
	NumberInvalid     = "invalid"
)

// EntityKey returns the key of a recipient named name with the 法人番号
// number as written (nil or "" when none), listed in block of sheet
// (year, projectID). The rule, first match wins:
//
//  1. name is その他 → KeyOther, one entity per (year, project, block);
//  2. a valid 法人番号 of a local government (check digit, "000020", a
//     地方公共団体コード with a valid check digit) → KeyLocalGovernment;
//  3. any other valid 法人番号 → KeyCorporate;
//  4. a name that is exactly a 都道府県 (after NormalizeName) →
//     KeyLocalGovernment with the prefecture's code (北海道 → 010006), so
//     that a prefecture without a number joins the one with it;
//  5. a name that stands for an undisclosed payee (個人Ａ, 株式会社Ａ; see
//     anonymousName) → KeyAnonymous, one entity per (year, project,
//     block, name), never merged across sheets;
//  6. otherwise → KeyName with NormalizeName(name). A placeholder or
//     invalid number is ignored (and reported in NumberProblem): keyed
//     as a number, 9999999999999 would merge thousands of individuals
//     into one recipient.
func EntityKey(name string, number *string, year int, projectID, block string) Key {
	if strings.TrimSpace(name) == spending.OtherName {
		return Key{Key: "other:" + strconv.Itoa(year) + "/" + projectID + "/" + block, Kind: KeyOther}
	}
	var k Key
	if number != nil {
		n := strings.TrimSpace(*number)
		switch {
		case n == "":
		case spending.PlaceholderCorporateNumber(n):
			k.NumberProblem = NumberPlaceholder
		case !spending.ValidCorporateNumber(n):
			k.NumberProblem = NumberInvalid
		default:
			if code, ok := spending.LocalGovernmentCode(n); ok && spending.ValidLocalGovernmentCode(code) {
				k.Key, k.Kind, k.CorporateNumber, k.LocalGovernmentCode = "lg:"+code, KeyLocalGovernment, n, code
				return k
			}
			k.Key, k.Kind, k.CorporateNumber = "cn:"+n, KeyCorporate, n
			return k
		}
	}
	norm := NormalizeName(name)
	if code := prefectureCode(norm); code != "" {
		k.Key, k.Kind, k.LocalGovernmentCode = "lg:"+code, KeyLocalGovernment, code
		return k
	}
	if anonymousName(norm) {
		k.Key, k.Kind = "anon:"+strconv.Itoa(year)+"/"+projectID+"/"+block+"/"+norm, KeyAnonymous
		return k
	}
	k.Key, k.Kind = "name:"+norm, KeyName
	return k
}

// anonymousName reports whether a normalised name (see NormalizeName)
// stands for an undisclosed payee rather than naming one: 個人 followed by
// at most two characters (個人, 個人A, 個人1 — "個人①" after NFKC), or a
// legal form with a one-character name ("A|株式会社" for 株式会社Ａ).
func anonymousName(norm string) bool {
	core, _, _ := strings.Cut(norm, "|")
	if rest, ok := strings.CutPrefix(core, "個人"); ok {
		return utf8.RuneCountInString(rest) <= 2
	}
	return strings.Contains(norm, "|") && utf8.RuneCountInString(core) == 1
}

// prefectureCode returns the 地方公共団体コード of the 都道府県 named
// exactly name (NN0000 and its check digit), or "".
func prefectureCode(name string) string {
	if !spending.IsPrefectureName(name) {
		return ""
	}
	for n := 1; n <= 47; n++ {
		base := string([]byte{byte('0' + n/10), byte('0' + n%10), '0', '0', '0'})
		if spending.PrefectureOf(base+"0") != name {
			continue
		}
		for d := byte('0'); d <= '9'; d++ {
			if c := base + string(d); spending.ValidLocalGovernmentCode(c) {
				return c
			}
		}
	}
	return ""
}

// legalForms are the 法人格 NormalizeName moves to the end of a name,
// longest first so that 一般社団法人 wins over 社団法人.
var legalForms = []string{
	"特定非営利活動法人", "地方独立行政法人", "国立研究開発法人", "独立行政法人", "国立大学法人",
	"一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人",
	"株式会社", "有限会社", "合同会社", "合資会社", "合名会社",
	"学校法人", "医療法人", "社団法人", "財団法人",
}

// abbreviations are the known short spellings of 法人格 after NFKC
// (㈱ becomes "(株)"), each replaced by the full form. The table is
// matched exactly, token by token.
var abbreviations = [][2]string{
	{"(株)", "株式会社"}, {"(有)", "有限会社"}, {"(同)", "合同会社"}, {"(資)", "合資会社"}, {"(名)", "合名会社"},
	{"(一社)", "一般社団法人"}, {"(一財)", "一般財団法人"}, {"(公社)", "公益社団法人"}, {"(公財)", "公益財団法人"},
	{"(特非)", "特定非営利活動法人"}, {"NPO法人", "特定非営利活動法人"}, {"(独)", "独立行政法人"},
	{"(国研)", "国立研究開発法人"}, {"(学)", "学校法人"}, {"(社福)", "社会福祉法人"}, {"(医)", "医療法人"},
}

// NormalizeName returns the form of a recipient name used as an entity
// key when no 法人番号 can be used. The rule, in order:
//
//  1. Unicode NFKC: full-width letters, digits and symbols become
//     half-width ("ＴＯＰＰＡＮ" → "TOPPAN", "（株）" → "(株)"), half-width
//     katakana becomes full-width, "㈱" becomes "(株)";
//  2. every white space character is removed (U+3000 included);
//  3. ASCII letters are upper-cased;
//  4. abbreviated 法人格 are written out ("(株)" → 株式会社, "(一社)" →
//     一般社団法人, "NPO法人" → 特定非営利活動法人, …; see abbreviations);
//  5. one 法人格 at the start or the end of the name is moved behind a
//     "|" at the end ("株式会社電通" and "電通株式会社" → "電通|株式会社"),
//     so that its position does not split an entity.
//
// Two different names with the same key are one entity; the entities
// table lists every spelling it merged (Entity.Names).
func NormalizeName(name string) string {
	s := norm.NFKC.String(name)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		default:
			b.WriteRune(r)
		}
	}
	s = b.String()
	for _, a := range abbreviations {
		up := strings.ToUpper(a[0])
		if strings.Contains(s, up) {
			s = strings.ReplaceAll(s, up, a[1])
		}
	}
	for _, f := range legalForms {
		if core, ok := strings.CutPrefix(s, f); ok && core != "" {
			return core + "|" + f
		}
		if core, ok := strings.CutSuffix(s, f); ok && core != "" {
			return core + "|" + f
		}
	}
	return s
}
