package reviewsheet

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// TestPdftotextDefaultBasics checks the head of 基本情報 of the
// pdftotext default-mode texts of the producer PDFs against the sample
// (internal/basicrules: headblock.go): 組織情報 (the ideographic space
// of 事業所管課室's last cell printed as a space), 予算事業ID, 事業終了
// （予定）年度, 事業区分, 政策・施策, 関連事業 and 主要経費 read to the
// sample's; the years read to the sample's, by the reading order
// (LibreOffice, A5) or, where it does not tell them apart (Chromium,
// wkhtmltopdf), by the title's year (placeyears.go, with a
// placed_by_title warning: TestPdftotextDefaultYears).
func TestPdftotextDefaultBasics(t *testing.T) {
	sample := parseFile(t, samplePath)
	for _, tc := range []struct {
		name  string
		years bool // 事業開始年度 and 事業年度 read; otherwise an error each
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", true},
		{"rs2025-006423.chromium.pdftotext.txt", true},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", true},
		{"rs2025-006423-a5.pdftotext.txt", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			want := sample.Organization
			want.Divisions = append([]string(nil), want.Divisions...)
			for i, d := range want.Divisions {
				want.Divisions[i] = strings.ReplaceAll(d, "\u3000", " ")
			}
			assert.Equal(t, want, s.Organization)
			assert.Equal(t, sample.ProjectID, s.ProjectID)
			assert.Equal(t, sample.EndYear, s.EndYear)
			assert.Equal(t, sample.NoEndPlanned, s.NoEndPlanned)
			assert.Equal(t, sample.EndYearRaw, s.EndYearRaw)
			assert.Equal(t, sample.Category, s.Category)
			assert.Equal(t, sample.Policies, s.Policies)
			assert.Equal(t, sample.Related, s.Related)
			assert.Equal(t, sample.MajorExpense, s.MajorExpense)
			var yearErrs []string
			for _, e := range list {
				var pe *Error
				if errors.As(e, &pe) && (pe.Label == string(label.StartYear) || pe.Label == string(label.ProjectYear)) {
					assert.ErrorIs(t, e, ErrSyntax)
					yearErrs = append(yearErrs, pe.Label)
				}
			}
			if tc.years {
				assert.Equal(t, sample.StartYear, s.StartYear)
				assert.Equal(t, sample.ProjectYear, s.ProjectYear)
				assert.Empty(t, yearErrs)
			} else {
				assert.Nil(t, s.StartYear)
				assert.Zero(t, s.ProjectYear)
				assert.ElementsMatch(t, []string{string(label.StartYear), string(label.ProjectYear)}, yearErrs)
			}
		})
	}
}

// TestPdftotextDefaultEvaluation checks the KPI block and 点検・評価 from
// 外部有識者による点検 on of the pdftotext default-mode texts against
// the sample (internal/basicrules: evaluation.go; all these cells are
// "--" in the sample): MoveKPIDash and JoinEvaluationDashes read the
// LibreOffice and A5 blocks, the Chromium and wkhtmltopdf ones read
// before them. The free text of 点検結果 and 改善の方向性 is not
// compared (LibreOffice prints a space around some figures).
func TestPdftotextDefaultEvaluation(t *testing.T) {
	sample := parseFile(t, samplePath)
	for _, name := range []string{
		"rs2025-006423.libreoffice.pdftotext.txt", "rs2025-006423.chromium.pdftotext.txt",
		"rs2025-006423.wkhtmltopdf.pdftotext.txt", "rs2025-006423-a5.pdftotext.txt",
	} {
		t.Run(name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+name)
			assert.Equal(t, sample.KPI, s.KPI)
			want, got := sample.Evaluation, s.Evaluation
			want.Result, want.Direction, got.Result, got.Direction = nil, nil, nil, nil
			assert.Equal(t, want, got)
			for _, e := range list {
				var pe *Error
				if errors.As(e, &pe) {
					assert.NotContains(t, []string{string(label.SecKPI), string(label.Reflection), string(label.ExtLastYear), string(label.TeamGroup)}, pe.Label, "%v", e)
				}
			}
		})
	}
}
