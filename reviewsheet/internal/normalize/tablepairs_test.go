package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTablePairs(t *testing.T) {
	const laws = "根拠法令\n法令名 法令番号 条 項 号・号の細分\n推進法 令和五年法律 第三条 -- --"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"LibreOffice: columns a paragraph each, the next label and header words between them",
			"事業概要URL\n根拠法令\n\nhttps://x.example/\n\n法令名\n推進法\n\n関係する計画・\n通知等\n\n計画・通知名\n\n法令番号\n令和五年法律\n\n条\n第三条\n\n項\n--\n\n号・号の細分\n--\n\n計画・通知等URL\n\n重点計画\nhttps://y.example/\n",
			"事業概要URL\nhttps://x.example/\n" + laws + "\n関係する計画・\n通知等\n計画・通知名 計画・通知等URL\n重点計画\nhttps://y.example/"},
		{"Chromium: the URL in 法令名's paragraph, a header word after a cell",
			"事業概要URL\n根拠法令\n\nhttps://x.example/\n法令名\n推進法\n\n関係する計画・\n通知等\n\n法令番号\n令和五年法律\n計画・通知名\n\n条\n第三条\n\n項\n--\n\n号・号の細分\n--\n\n計画・通知等URL\n",
			"事業概要URL\nhttps://x.example/\n" + laws + "\n関係する計画・\n通知等\n計画・通知名 計画・通知等URL"},
		{"a cell glued to other text: left as it is",
			"政策・施策\n\n政策所管\n内閣府\n\n政策\n１２\n\n施策\n１７\n\n政策体系・評価書URL\n-その他の事項経費 x\n",
			"政策・施策\n政策所管\n内閣府\n政策\n１２\n施策\n１７\n政策体系・評価書URL\n-その他の事項経費 x"},
		{"a header word without its cell: left as it is",
			"根拠法令\n\n法令名\n\n法令番号\n令和五年法律\n",
			"根拠法令\n法令名\n法令番号\n令和五年法律"},
		{"the sheet's own layout: left as it is", laws + "\n", laws},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range tablePairs(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}

func TestJoinPlanHeader(t *testing.T) {
	var got []string
	for _, l := range joinPlanHeader(scanLines("関係する計画・\n通知等\n計画・通知名\n計画・通知等URL\nx\n")) {
		got = append(got, l.Text)
	}
	assert.Equal(t, []string{"関係する計画・", "通知等", "計画・通知名 計画・通知等URL", "x"}, got)
	got = nil
	for _, l := range joinPlanHeader(scanLines("計画・通知名\nx\n計画・通知等URL\n")) {
		got = append(got, l.Text)
	}
	assert.Equal(t, []string{"計画・通知名", "x", "計画・通知等URL"}, got, "apart: left as they are")
}

func TestJoinPlanHeaderLines(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: the words a paragraph each", "関係する計画・\n通知等\n\n計画・通知名\n\n計画・通知等URL\n\n重点計画\n", "関係する計画・\n通知等\n計画・通知名 計画・通知等URL\n重点計画"},
		{"the sheet's layout: left as it is", "関係する計画・\n通知等\n計画・通知名 計画・通知等URL\n", "関係する計画・\n通知等\n計画・通知名 計画・通知等URL"},
		{"apart: left as they are", "計画・通知名\nx\n計画・通知等URL\n", "計画・通知名\nx\n計画・通知等URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range joinPlanHeaderLines(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
