package spending

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidCorporateNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1010001143390", true},  // 株式会社エヌ・ティ・ティ・データ経営研究所
		{"4010001054032", true},  // 株式会社野村総合研究所
		{"8010501050089", true},  // ＴＯＰＰＡＮ株式会社
		{"4000020210005", true},  // 岐阜県
		{"9999999999999", true},  // placeholder: passes the check digit
		{"2010001143390", false}, // wrong check digit
		{"1010001143391", false}, // one base digit changed
		{"101000114339", false},  // 12 digits (a typo seen in real data)
		{"10100011433900", false},
		{"101000114339O", false}, // letter O
		{"１０１０００１１４３３９０", false},
		{"", false},
		{"--", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ValidCorporateNumber(tt.in), tt.in)
	}
}

func TestCorporateCheckDigit(t *testing.T) {
	d, ok := CorporateCheckDigit("010001054032")
	assert.True(t, ok)
	assert.Equal(t, 4, d)
	_, ok = CorporateCheckDigit("01000105403")
	assert.False(t, ok)
	_, ok = CorporateCheckDigit("01000105403x")
	assert.False(t, ok)
}

func TestPlaceholderCorporateNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"9999999999999": true, "8888888888888": true, "0000000000000": true,
		"1010001143390": false, "999999999999": false, "": false, "aaaaaaaaaaaaa": false,
	} {
		assert.Equal(t, want, PlaceholderCorporateNumber(in), in)
	}
}

func TestLocalGovernment(t *testing.T) {
	code, ok := LocalGovernmentCode("4000020210005")
	assert.True(t, ok)
	assert.Equal(t, "210005", code)
	assert.True(t, ValidLocalGovernmentCode(code))
	assert.Equal(t, "岐阜県", PrefectureOf(code))
	assert.True(t, IsPrefectureCode(code))

	_, ok = LocalGovernmentCode("1010001143390")
	assert.False(t, ok, "a company")
	_, ok = LocalGovernmentCode("40000202100")
	assert.False(t, ok)

	tests := []struct {
		code string
		want bool
	}{
		{"010006", true},  // 北海道
		{"131016", true},  // 千代田区
		{"210005", true},  // 岐阜県
		{"210006", false}, // wrong check digit
		{"21000", false},
		{"21000x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ValidLocalGovernmentCode(tt.code), tt.code)
	}
	assert.Equal(t, "", PrefectureOf("480000"))
	assert.Equal(t, "", PrefectureOf("000000"))
	assert.Equal(t, "沖縄県", PrefectureOf("470007"))
	assert.True(t, IsPrefectureName("岐阜県"))
	assert.True(t, IsPrefectureName("北海道"))
	assert.False(t, IsPrefectureName("岐阜"))
	assert.False(t, IsPrefectureName("岐阜県知事"))
	assert.False(t, IsPrefectureName(""))
	assert.False(t, IsPrefectureCode("131016"))
}
func TestMethod(t *testing.T) {
	tests := []struct {
		m           Method
		known       bool
		base        Method
		detail      string
		class       MethodClass
		competitive bool
	}{
		{"一般競争契約（総合評価）", true, OpenComprehensive, "", ClassCompetitive, true},
		{"一般競争契約（最低価格）", true, OpenLowestPrice, "", ClassCompetitive, true},
		{"指名競争契約（最低価格）", true, SelectiveLowestPrice, "", ClassCompetitive, true},
		{"随意契約（少額）", true, NegotiatedSmall, "", ClassNegotiated, false},
		{"随意契約（企画競争）", true, NegotiatedPlanning, "", ClassNegotiated, false},
		{"随意契約（その他）(特命随意)", true, NegotiatedOther, "特命随意", ClassNegotiated, false},
		{"補助金等交付", true, Subsidy, "", ClassGrant, false},
		{"運営費交付金交付", true, OperatingGrant, "", ClassGrant, false},
		{"国庫債務負担行為等", true, TreasuryDebt, "", ClassOther, false},
		{"その他(-)", true, OtherMethod, "-", ClassOther, false},
		{"その他(その他(長期継続契約))", true, OtherMethod, "その他(長期継続契約)", ClassOther, false},
		{"その他()", false, "その他()", "", ClassUnknown, false},
		{"一般競争", false, "一般競争", "", ClassUnknown, false},
		{"一般競争契約(総合評価)", false, "一般競争契約(総合評価)", "", ClassUnknown, false},
		{"", false, "", "", ClassUnknown, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.m), func(t *testing.T) {
			assert.Equal(t, tt.known, tt.m.Known())
			assert.Equal(t, tt.base, tt.m.Base())
			assert.Equal(t, tt.detail, tt.m.Detail())
			assert.Equal(t, tt.class, tt.m.Class())
			assert.Equal(t, tt.competitive, tt.m.Competitive())
		})
	}
	assert.Equal(t, "competitive", ClassCompetitive.String())
	assert.Equal(t, "unknown", MethodClass(99).String())
}
