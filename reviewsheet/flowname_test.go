package reviewsheet

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

func TestNameAfterFigures(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		n              int
	}{
		{"Chromium: name and ほか on one line", "\n岐阜県 ほか\n\n各都道府県が行う…\n", "岐阜県 ほか", 1},
		{"LibreOffice: ほか a paragraph of its own", "\n岐阜県\n\nほか\n\n各都道府県が行う…\n", "岐阜県 ほか", 2},
		{"a role ending in ほか without a space is a role", "\n調査研究業務ほか\n", "", 0},
		{"a one-line paragraph without ほか may be the role", "\n岐阜県\n\n各都道府県が行う…\n", "", 0},
		{"a name line continued in its paragraph is not one line", "\n岐阜県 ほか\n各都道府県\n", "", 0},
		{"ほか alone is no name", "\nほか\n\nほか\n", "", 0},
		{"nothing", "", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var role []sheettext.Line
			if tc.in != "" {
				role = scanLines("x\n" + tc.in)[1:] // the first line stands for the figures
			}
			got, n := linerules.NameAfterFigures(role)
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMinistryAfterAmount(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"LibreOffice: amount, name, 間接経費", "684,784 千円\n\n内閣府\n\n間接経費: 1,079 千\n円\n", true},
		{"amount, name, a block box", "684,784 千円\n\n内閣府\n\nA. 株式会社X\n", true},
		{"the sheet's order is not this rule's", "内閣府\n684,784 千円\n間接経費: 1,079 千円\n", false},
		{"the name continued in its paragraph", "684,784 千円\n\n内閣府\n政策統括官\n\nA. X\n", false},
		{"something else after the name", "684,784 千円\n\n内閣府\n\n孤独\n", false},
		{"the amount wrapped (千 / 円)", "684,784 千\n\n内閣府\n\nA. X\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &parser{file: &sheettext.File{}, sheet: &Sheet{}}
			assert.Equal(t, tc.want, p.ministryAfterAmount(scanLines(tc.in)))
		})
	}
}
