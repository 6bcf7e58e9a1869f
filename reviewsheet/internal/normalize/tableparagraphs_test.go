package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTableParagraphs(t *testing.T) {
	const policies = "政策・施策\n政策所管 政策 施策 政策体系・評価書URL\n内閣府 １２孤独 １７施策 --\n関連事業\n--"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"wkhtmltopdf: header words, then the cells, a paragraph each",
			"政策・施策\n\n政策所管\n\n政策\n\n施策\n\n政策体系・評価書URL\n\n内閣府\n\n１２孤独\n\n１７施策\n\n--\n\n関連事業\n\n--\n",
			policies},
		{"基本情報 text among the header words follows the row, a line each",
			"政策・施策\n\n推進室\n\n事業区分\n\n政策所管\n\n2024\n\n政策\n\n施策\n\n政策体系・評価書URL\n\n内閣府\n\n１２孤独\n\n１７施策\n\n--\n\n関連事業\n\n--\n",
			"政策・施策\n政策所管 政策 施策 政策体系・評価書URL\n内閣府 １２孤独 １７施策 --\n推進室\n事業区分\n2024\n関連事業\n--"},
		{"A5: a cell read before the last header word",
			"根拠法令\n\n法令名\n\n法令番号\n\n推進法\n\n条\n\n項\n\n号・号の細分\n\n令和五年法律\n\n第三条\n\n--\n\n--\n\n関係する計画・\n通知等\n",
			"根拠法令\n法令名 法令番号 条 項 号・号の細分\n推進法 令和五年法律 第三条 -- --\n関係する計画・\n通知等"},
		{"A5: the URL of 事業概要URL read after the label goes back",
			"事業概要URL\n根拠法令\n\nhttps://x.example/\n\n法令名\n\n法令番号\n\n条\n\n項\n\n号・号の細分\n\n推進法\n\n令和五年法律\n\n第三条\n\n--\n\n--\n\n関係する計画・\n",
			"事業概要URL\nhttps://x.example/\n根拠法令\n法令名 法令番号 条 項 号・号の細分\n推進法 令和五年法律 第三条 -- --\n関係する計画・"},
		{"a URL that may wrap onto the next line does not go back: it follows the row",
			"事業概要URL\n根拠法令\nhttps://x.example/\npath\n\n法令名\n\n法令番号\n\n条\n\n項\n\n号・号の細分\n\n推進法\n\n令和五年法律\n\n第三条\n\n--\n\n--\n\n関係する計画・\n",
			"事業概要URL\n根拠法令\n法令名 法令番号 条 項 号・号の細分\n推進法 令和五年法律 第三条 -- --\nhttps://x.example/\npath\n関係する計画・"},
		{"two rows: left as it is",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２孤独\n１７施策\n--\n内閣府\n１３\n１８\n--\n関連事業\n",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２孤独\n１７施策\n--\n内閣府\n１３\n１８\n--\n関連事業"},
		{"a cell with a space: left as it is",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２ 孤独\n１７施策\n--\n関連事業\n",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２ 孤独\n１７施策\n--\n関連事業"},
		{"no next-row label: left as it is",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２孤独\n１７施策\n--\n",
			"政策・施策\n政策所管\n政策\n施策\n政策体系・評価書URL\n内閣府\n１２孤独\n１７施策\n--"},
		{"a header word missing: left as it is",
			"政策・施策\n政策所管\n政策\n政策体系・評価書URL\n内閣府\n１２孤独\n--\n関連事業\n",
			"政策・施策\n政策所管\n政策\n政策体系・評価書URL\n内閣府\n１２孤独\n--\n関連事業"},
		{"the sheet's own layout: left as it is",
			policies + "\n", policies},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range tableParagraphs(scanLines(tc.in)) {
				got = append(got, l.Text)
			}
			assert.Equal(t, tc.want, strings.Join(got, "\n"))
		})
	}
}
