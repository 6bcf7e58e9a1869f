package linerules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitGluedURLCell(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"Chromium: the URL's -- glued to 主要経費's value",
			"施策\n１７孤独・孤立対策に関する施策の推進\n\n主要経費\n\n政策体系・評価書URL\n-その他の事項経費\n\n概要・目的 事業の目的\n",
			"施策\n１７孤独・孤立対策に関する施策の推進\n主要経費 その他の事項経費\n政策体系・評価書URL\n--\n概要・目的 事業の目的"},
		{"a URL cell of its own: left as it is",
			"主要経費\n政策体系・評価書URL\n--\nその他の事項経費\n",
			"主要経費\n政策体系・評価書URL\n--\nその他の事項経費"},
		{"another label before the header word: left as it is",
			"関連事業\n政策体系・評価書URL\n-その他の事項経費\n",
			"関連事業\n政策体系・評価書URL\n-その他の事項経費"},
		{"a figure after the -: left as it is",
			"主要経費\n政策体系・評価書URL\n-1,000\n",
			"主要経費\n政策体系・評価書URL\n-1,000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, texts(SplitGluedURLCell(scanLines(tc.in))))
		})
	}
}
