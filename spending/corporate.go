package spending

// CorporateNumberLen is the length of a 法人番号.
const CorporateNumberLen = 13

// CorporateCheckDigit computes the check digit of a 12-digit 法人番号 base
// (the number without its leading check digit) by the 国税庁 rule:
//
//	check = 9 − (Σ_{n=1..12} Pn × Qn mod 9)
//
// where Pn is the n-th digit counted from the right of the base and Qn is
// 1 for odd n and 2 for even n. ok is false when base is not 12 ASCII
// digits.
func CorporateCheckDigit(base string) (digit int, ok bool) {
	if len(base) != CorporateNumberLen-1 {
		return 0, false
	}
	sum := 0
	for n := 1; n <= 12; n++ {
		c := base[len(base)-n]
		if c < '0' || c > '9' {
			return 0, false
		}
		q := 1
		if n%2 == 0 {
			q = 2
		}
		sum += int(c-'0') * q
	}
	return 9 - sum%9, true
}

// ValidCorporateNumber reports whether s is 13 ASCII digits whose first
// digit is the check digit of the other twelve (see CorporateCheckDigit).
// Placeholders such as 9999999999999 pass; test them with
// PlaceholderCorporateNumber.
func ValidCorporateNumber(s string) bool {
	if len(s) != CorporateNumberLen || s[0] < '0' || s[0] > '9' {
		return false
	}
	d, ok := CorporateCheckDigit(s[1:])
	return ok && int(s[0]-'0') == d
}

// PlaceholderCorporateNumber reports whether s is a 13-digit number made
// of one repeated digit (9999999999999 for individuals and undisclosed
// payees, 8888888888888 as a dummy, 0000000000000 …): such numbers name
// no company even when the check digit happens to pass.
func PlaceholderCorporateNumber(s string) bool {
	if len(s) != CorporateNumberLen || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// localGovPrefix is the part of a local government's 法人番号 between its
// check digit and its 地方公共団体コード.
const localGovPrefix = "000020"

// LocalGovernmentCode returns the 6-digit 地方公共団体コード inside the
// 法人番号 of a local government: such numbers are the check digit,
// "000020" and the code. ok is false for other numbers.
func LocalGovernmentCode(corporateNumber string) (code string, ok bool) {
	if len(corporateNumber) != CorporateNumberLen || corporateNumber[1:7] != localGovPrefix {
		return "", false
	}
	for i := 0; i < len(corporateNumber); i++ {
		if c := corporateNumber[i]; c < '0' || c > '9' {
			return "", false
		}
	}
	return corporateNumber[7:], true
}

// ValidLocalGovernmentCode checks the last digit of a 6-digit
// 地方公共団体コード:
//
//	S = d1×6 + d2×5 + d3×4 + d4×3 + d5×2
//	check = (11 − S mod 11) mod 10
//
// so a remainder of 0 gives 1 and a remainder of 1 gives 0.
func ValidLocalGovernmentCode(code string) bool {
	if len(code) != 6 {
		return false
	}
	s := 0
	for i := 0; i < 6; i++ {
		c := code[i]
		if c < '0' || c > '9' {
			return false
		}
		if i < 5 {
			s += int(c-'0') * (6 - i)
		}
	}
	return int(code[5]-'0') == (11-s%11)%10
}

// prefectures are the 都道府県 by their JIS X 0401 number (1 = 北海道).
var prefectures = [...]string{
	"", "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
	"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
	"新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
	"静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
	"奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
	"徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
	"熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
}

// PrefectureOf returns the 都道府県 a 地方公共団体コード belongs to (its
// first two digits), e.g. "岐阜県" for 210005; "" when the code is not
// six digits or names no prefecture.
func PrefectureOf(code string) string {
	if len(code) != 6 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	n := int(code[0]-'0')*10 + int(code[1]-'0')
	if n <= 0 || n >= len(prefectures) {
		return ""
	}
	return prefectures[n]
}

// IsPrefectureName reports whether name is exactly the name of a 都道府県
// ("岐阜県"; not "岐阜県知事" or "岐阜").
func IsPrefectureName(name string) bool {
	for _, p := range prefectures[1:] {
		if name == p {
			return true
		}
	}
	return false
}

// IsPrefectureCode reports whether code is the code of a prefecture
// itself (NN0000 plus its check digit) rather than of a municipality.
func IsPrefectureCode(code string) bool {
	return PrefectureOf(code) != "" && code[2:5] == "000"
}
