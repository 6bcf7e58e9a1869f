package linerules

import (
	"strings"
	"sync"

	"github.com/rsheet/rsheet/internal/num"

	"github.com/rsheet/rsheet/reviewsheet/internal/label"
)

// maxLabelLine bounds the bytes of a line that may be a label standing
// whole (the longest label of the sheet, 公開プロセス・秋の年次公開検証（秋の
// レビュー）における取りまとめ, is 96 bytes; its lines are shorter).
const maxLabelLine = 100

// LabelLine is NormalizeLine for a line the default-mode rules compare
// with a label: a longer line is returned as it is (it is text and can
// be no label), which spares normalising every paragraph of the sheet.
func LabelLine(t string) string {
	if len(t) > maxLabelLine {
		return t
	}
	return NormalizeLine(t)
}

// LabelIs reports whether the line t is the label l (after
// NormalizeLine), looking at its length first: a compatibility form is as
// long as the character it stands for, so a line much longer than the
// label is not normalised at all.
func LabelIs(t string, l label.Label) bool {
	if t == string(l) {
		return true
	}
	if len(t) > len(l)+8 || !mayNormalize(t) {
		return false
	}
	return NormalizeLine(t) == string(l)
}

// mayNormalize reports whether NormalizeLine may change t: it holds a
// space, a tab or a lead byte of the look-alike code points textnorm.Fold
// maps (0xE2: radicals and ‧; 0xEF: compatibility ideographs and
// full-width forms; 0xF0: the supplement) or of a no-break space (0xC2).
func mayNormalize(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ' ', '\t', 0xC2, 0xE2, 0xEF, 0xF0:
			return true
		}
	}
	return false
}

var (
	labelSetOnce sync.Once
	labelSet     map[string]bool
)

// isWholeLabel reports a line that is a label of the sheet, whole
// (SheetLabels, after NormalizeLine).
func isWholeLabel(t string) bool {
	labelSetOnce.Do(func() {
		labelSet = make(map[string]bool, len(SheetLabels()))
		for _, s := range SheetLabels() {
			labelSet[s] = true
		}
	})
	if len(t) > maxLabelLine || strings.IndexByte(t, ' ') >= 0 && len(t) > 60 {
		return false
	}
	return labelSet[NormalizeLine(t)]
}

// IsPlainText reports text that is neither a figure cell, nor starts with
// a dash, a year (a table's header) or a label of the sheet.
func IsPlainText(t string) bool {
	if t == "" || t[0] == '-' || IsFigureCell(t) || num.IsYearStart(t) {
		return false
	}
	w, _, _ := strings.Cut(t, " ")
	return !startsLabel(NormalizeLine(w)) // (wkhtmltopdf's 活動⽬標)
}
