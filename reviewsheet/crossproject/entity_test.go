package crossproject

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"株式会社電通", "電通|株式会社"},
		{"電通株式会社", "電通|株式会社"},
		{"株式会社　電通", "電通|株式会社"},
		{"（株）電通", "電通|株式会社"},
		{"㈱電通", "電通|株式会社"},
		{"電通（株）", "電通|株式会社"},
		{"ＴＯＰＰＡＮ株式会社", "TOPPAN|株式会社"},
		{"Toppan 株式会社", "TOPPAN|株式会社"},
		{"ＮＰＯ法人市民ネットすいた", "市民ネットすいた|特定非営利活動法人"},
		{"特定非営利活動法人市民ネットすいた", "市民ネットすいた|特定非営利活動法人"},
		{"一般社団法人ＲＣＦ", "RCF|一般社団法人"},
		{"（一社）ＲＣＦ", "RCF|一般社団法人"},
		{"ｴﾇ･ﾃｨ･ﾃｨ", "エヌ・ティ・ティ"},
		{"岐阜県", "岐阜県"},
		{"株式会社", "株式会社"}, // nothing but a legal form: kept
		{"年金受給者", "年金受給者"},
	} {
		assert.Equal(t, tc.want, NormalizeName(tc.in), tc.in)
	}
}

func ptr[T any](v T) *T { return &v }

func TestEntityKey(t *testing.T) {
	for _, tc := range []struct {
		name, number string
		want         Key
	}{
		{"株式会社野村総合研究所", "4010001054032", Key{Key: "cn:4010001054032", Kind: KeyCorporate, CorporateNumber: "4010001054032"}},
		// a trailing space (RS CSV 5-1) is not part of the number
		{"株式会社野村総合研究所", "4010001054032 ", Key{Key: "cn:4010001054032", Kind: KeyCorporate, CorporateNumber: "4010001054032"}},
		{"岐阜県", "4000020210005", Key{Key: "lg:210005", Kind: KeyLocalGovernment, CorporateNumber: "4000020210005", LocalGovernmentCode: "210005"}},
		// a prefecture without a number joins the one with it
		{"北海道", "", Key{Key: "lg:010006", Kind: KeyLocalGovernment, LocalGovernmentCode: "010006"}},
		{"北海道", "7000020010006", Key{Key: "lg:010006", Kind: KeyLocalGovernment, CorporateNumber: "7000020010006", LocalGovernmentCode: "010006"}},
		{"東京都", "", Key{Key: "lg:130001", Kind: KeyLocalGovernment, LocalGovernmentCode: "130001"}},
		// placeholders and bad check digits are not keys
		{"山田太郎", "9999999999999", Key{Key: "name:山田太郎", Kind: KeyName, NumberProblem: NumberPlaceholder}},
		{"鈴木花子", "9999999999999", Key{Key: "name:鈴木花子", Kind: KeyName, NumberProblem: NumberPlaceholder}},
		{"株式会社野村総合研究所", "4010001054033", Key{Key: "name:野村総合研究所|株式会社", Kind: KeyName, NumberProblem: NumberInvalid}},
		{"株式会社野村総合研究所", "401000105403", Key{Key: "name:野村総合研究所|株式会社", Kind: KeyName, NumberProblem: NumberInvalid}},
		{"（株）野村総合研究所", "", Key{Key: "name:野村総合研究所|株式会社", Kind: KeyName}},
		{"その他", "", Key{Key: "other:2025/006423/A", Kind: KeyOther}},
		// undisclosed payees are never merged across sheets
		{"個人①", "9999999999999", Key{Key: "anon:2025/006423/A/個人1", Kind: KeyAnonymous, NumberProblem: NumberPlaceholder}},
		{"個人", "", Key{Key: "anon:2025/006423/A/個人", Kind: KeyAnonymous}},
		{"株式会社Ａ", "", Key{Key: "anon:2025/006423/A/A|株式会社", Kind: KeyAnonymous}},
		{"個人タクシー協会", "", Key{Key: "name:個人タクシー協会", Kind: KeyName}},
		{"Ａ", "", Key{Key: "name:A", Kind: KeyName}},
	} {
		var n *string
		if tc.number != "" {
			n = ptr(tc.number)
		}
		assert.Equal(t, tc.want, EntityKey(tc.name, n, 2025, "006423", "A"), "%s %q", tc.name, tc.number)
	}
}

func TestSumOverflow(t *testing.T) {
	var s Sum
	assert.Nil(t, s.Ptr(), "no values: absent, not 0")
	require.NoError(t, s.Add(0))
	assert.Equal(t, int64(0), *s.Ptr(), "a zero that was stated is 0")
	require.NoError(t, s.Add(math.MaxInt64))
	err := s.Add(1)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrOverflow))
	assert.Equal(t, int64(math.MaxInt64), s.Yen, "unchanged after the error")
	assert.Equal(t, 2, s.N)

	var n Sum
	require.NoError(t, n.Add(math.MinInt64))
	assert.ErrorIs(t, n.Add(-1), ErrOverflow)
	require.NoError(t, n.Add(math.MaxInt64)) // mixed signs never overflow
	assert.Equal(t, int64(-1), n.Yen)

	_, err = subYen(math.MinInt64, 1)
	assert.ErrorIs(t, err, ErrOverflow)
	_, err = subYen(math.MaxInt64, -1)
	assert.ErrorIs(t, err, ErrOverflow)
	v, err := subYen(-5, -7)
	require.NoError(t, err)
	assert.Equal(t, int64(2), v)
}
