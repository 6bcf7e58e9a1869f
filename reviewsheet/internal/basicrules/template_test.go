package basicrules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

func TestShapeIs(t *testing.T) {
	for _, tc := range []struct {
		shape shape
		lab   label.Label
		text  string
		want  bool
	}{
		{isLabel, label.ProjectID, "予算事業ID", true},
		{isLabel, label.ProjectID, "予算事業 ID", true}, // a font change's space
		{isLabel, label.ProjectID, "予算事業ID 006423", false},
		{isLabel, label.Ministry, "⽂部科学省", false},
		{inline, label.Ministry, "府省庁 内閣府", true},
		{inline, label.Ministry, "府省庁", false},
		{inline, label.Ministry, "作成責任者 土屋皓嗣", false},
		{text, "", "内閣府", true},
		{text, "", "内閣府 | 政策統括官", false},
		{text, "", "|", false},
		{text, "", "--", false},
		{text, "", "2024", false},
		{text, "", "006423", false},
		{text, "", "終了予定なし", false},
		{text, "", "事業区分", false}, // a label
		{pipes, "", "内閣府 | 政策統括官（共生・共助担当）", true},
		{pipes, "", "内閣府", false},
		{bar, "", "|", true},
		{bar, "", "| x", false},
		{year, "", "2024", true},
		{year, "", "２０２４", true},
		{year, "", "2024 2025", false},
		{year, "", "006423", false},
		{year, "", "--", false},
		{endYear, "", "2030", true},
		{endYear, "", "終了予定なし", true},
		{endYear, "", "--", true},
		{endYear, "", "前年度事業", false},
		{projectID, "", "006423", true},
		{projectID, "", "06423", false},
		{projectID, "", "００６４２３", false},
		{projectID, "", "2024", false},
		{dash, "", "--", true},
		{dash, "", "-", false},
		{dash, "", "---", false},
		{tableHeader, "", "政策所管 政策 施策 政策体系・評価書URL", true},
		{tableHeader, "", "政策所管 政策 施策 政策体系・評価書 URL", true},
		{tableHeader, "", "政策所管 政策 施策", false},
		{tableRow, "", "内閣府 １２孤独・孤立対策 １７孤独・孤立対策に関する施策の推進 --", true},
		{tableRow, "", "内閣府 １２孤独・孤立対策 --", false},
		{tableRow, "", "孤独・孤立対策推進室", false},
	} {
		assert.Equal(t, tc.want, tc.shape.is(tc.text, tc.lab), "%d %q", tc.shape, tc.text)
	}
}

// TestTemplatesHaveEveryLabel: every template names every label of the
// head block (read gives up on a block otherwise) and places every cell
// under a label of it.
func TestTemplatesHaveEveryLabel(t *testing.T) {
	inOrder := map[label.Label]bool{unplacedYears: true}
	for _, l := range headOrder {
		inOrder[l] = true
	}
	for _, tm := range headTemplates {
		seen := map[label.Label]bool{}
		for _, st := range tm.steps {
			assert.True(t, inOrder[st.lab], "%s: %q is no label of the head block", tm.name, st.lab)
			if st.shape == isLabel || st.shape == inline {
				assert.False(t, seen[st.lab], "%s: %s twice", tm.name, st.lab)
				seen[st.lab] = true
			}
		}
		for _, l := range headOrder {
			assert.True(t, seen[l], "%s: no line for %s", tm.name, l)
		}
	}
}
