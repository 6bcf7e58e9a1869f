package basicrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The lines of the head block in each producer's reading order, as
// normalize's rules before ReorderHeadBlock leave them (the policy
// header and row joined, glued "--" split off), from 組織情報 on.
var (
	policyLines = []string{"政策・施策", "政策所管 政策 施策 政策体系・評価書URL", "内閣府 １２孤独・孤立対策 １７孤独・孤立対策に関する施策の推進 --"}
	libreOffice = cat([]string{"組織情報", "府省庁", "事業所管課室", "作成責任者", "その他担当組織", "基本情報", "予算事業 ID", "事業年度", "2025"},
		policyLines,
		[]string{"006423", "事業区分", "関連事業", "内閣府", "内閣府 | 政策統括官（共生・共助担当） | 政策統括官（共生・共助担当）", "土屋皓嗣", "--",
			"事業開始年度", "2024", "事業終了（予定）年度", "孤独・孤立対策推進室", "終了予定なし", "前年度事業", "--", "主要経費 その他の事項経費"})
	chromium = cat([]string{"組織情報", "府省庁 内閣府", "事業所管課室 内閣府 | 政策統括官（共生・共助担当） | 政策統括官（共生・共助担当） 孤独・孤立対策推進室",
		"作成責任者 土屋皓嗣", "その他担当組織 --", "基本情報", "予算事業ID 006423", "事業年度", "事業開始年度", "2025"},
		policyLines,
		[]string{"関連事業", "2024", "事業終了（予定）年度", "事業区分", "--", "終了予定なし", "前年度事業", "主要経費 その他の事項経費"})
	wkhtmltopdf = cat([]string{"組織情報", "基本情報", "府省庁", "内閣府", "事業所管課室", "内閣府 | 政策統括官（共⽣・共助担当） | 政策統括官（共⽣・共助担当）",
		"作成責任者", "⼟屋皓嗣", "その他担当組織", "--", "予算事業ID", "006423", "事業年度", "事業開始年度", "2024", "2025"},
		policyLines,
		[]string{"孤独・孤⽴対策推進室", "事業終了（予定）年度", "事業区分", "終了予定なし", "前年度事業", "関連事業", "--", "主要経費", "その他の事項経費"})
	a5 = cat([]string{"組織情報", "府省庁", "事業所管課室", "内閣府", "内閣府", "|", "作成責任者", "土屋皓嗣", "その他担当組織", "--",
		"基本情報", "予算事業ID", "事業年度", "2025"},
		policyLines,
		[]string{"政策統括官（共生・共助担当）", "006423", "事業区分", "事業開始年度", "2024", "|", "政策統括官（共生・共助担当）",
			"事業終了（予定）年度", "孤独・孤立対策推進室", "終了予定なし", "前年度事業", "関連事業", "--", "主要経費", "その他の事項経費"})
)

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// with returns lines with lines[i] replaced by s.
func with(lines []string, i int, s string) []string {
	out := append([]string(nil), lines...)
	out[i] = s
	return out
}

func TestReorderHeadBlock(t *testing.T) {
	const div = "事業所管課室 内閣府 | 政策統括官（共生・共助担当） | 政策統括官（共生・共助担当） 孤独・孤立対策推進室"
	head := []string{"2025年度行政事業レビューシート 内閣府", "孤独・孤立対策推進経費", "基本情報"}
	read := func(div, resp, startYear, projectYear string, tail ...string) []string {
		return cat(head, []string{"組織情報", "府省庁 内閣府", div, resp, "その他担当組織 --", "基本情報", "予算事業ID 006423",
			startYear, "事業終了（予定）年度 終了予定なし", projectYear, "事業区分 前年度事業"}, policyLines, []string{"関連事業 --"}, tail)
	}
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"LibreOffice: every cell placed", cat(head, libreOffice),
			read(div, "作成責任者 土屋皓嗣", "事業開始年度 2024", "事業年度 2025", "主要経費 その他の事項経費")},
		{"A5: the 事業所管課室 cells gathered, 府省庁 and its first cell equal", cat(head, a5),
			read(div, "作成責任者 土屋皓嗣", "事業開始年度 2024", "事業年度 2025", "主要経費", "その他の事項経費")},
		{"Chromium: the years under both labels", cat(head, chromium),
			read(div, "作成責任者 土屋皓嗣", "事業開始年度 2025 2024", "事業年度 2025 2024", "主要経費 その他の事項経費")},
		{"wkhtmltopdf: the years under both labels, the Kangxi forms kept", cat(head, wkhtmltopdf),
			read("事業所管課室 内閣府 | 政策統括官（共⽣・共助担当） | 政策統括官（共⽣・共助担当） 孤独・孤⽴対策推進室", "作成責任者 ⼟屋皓嗣",
				"事業開始年度 2024 2025", "事業年度 2024 2025", "主要経費", "その他の事項経費")},
		{"LibreOffice: 終了予定なし where the start year stands: left as it is",
			cat(head, with(with(libreOffice, 20, "終了予定なし"), 23, "2024")), nil},
		{"LibreOffice: 事業区分 printed as --: left as it is",
			cat(head, with(libreOffice, 24, "--")), nil},
		{"LibreOffice: a 5-digit ID: left as it is",
			cat(head, with(libreOffice, 12, "06423")), nil},
		{"A5: 府省庁 and the first 事業所管課室 cell differ: left as it is",
			cat(head, with(a5, 4, "内閣府政策統括官")), nil},
		{"A5: two rows of 政策・施策: left as it is",
			cat(head, a5[:17], []string{"内閣府 １２孤独・孤立対策 １８施策 --"}, a5[17:]), nil},
		{"the block cut short: left as it is", cat(head, libreOffice[:20]), nil},
		{"the sheet's order (A4): left as it is",
			[]string{"2025年度行政事業レビューシート 内閣府", "孤独・孤立対策推進経費", "基本情報", "組織情報 府省庁 内閣府", "事業所管課室 内閣府", "作成責任者", "土屋皓嗣"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, want, texts(ReorderHeadBlock(scanLines(tc.in...))))
		})
	}
}

// TestReorderHeadBlockPositions: each line of the rewritten block is at
// its label's position (errors point at the label), a cell's line keeps
// its own, and the lines after the block are kept.
func TestReorderHeadBlockPositions(t *testing.T) {
	in := scanLines(libreOffice...)
	at := map[string]int{}
	for _, l := range in {
		at[l.Text] = int(l.Pos)
	}
	out := ReorderHeadBlock(in)
	pos := map[string]int{}
	for _, l := range out {
		pos[l.Text] = int(l.Pos)
	}
	assert.Equal(t, at["事業年度"], pos["事業年度 2025"])
	assert.Equal(t, at["事業開始年度"], pos["事業開始年度 2024"])
	assert.Equal(t, at["予算事業 ID"], pos["予算事業ID 006423"])
	assert.Equal(t, at[policyLines[2]], pos[policyLines[2]])
	assert.Equal(t, in[len(in)-1], out[len(out)-1])
}

// TestNegativeCasesChangeOneStep guards the table above: each negative
// input differs from its producer's order in the line it names.
func TestNegativeCasesChangeOneStep(t *testing.T) {
	assert.Equal(t, "2024", libreOffice[20])
	assert.Equal(t, "終了予定なし", libreOffice[23])
	assert.Equal(t, "前年度事業", libreOffice[24])
	assert.Equal(t, "006423", libreOffice[12])
	assert.Equal(t, "内閣府", a5[4])
	assert.Equal(t, policyLines[2], a5[16])
}
