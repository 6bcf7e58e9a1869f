package rscsv

import (
	"path"
	"regexp"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/rscsv/internal/rsmap"
)

// The RS tables and their columns are the mapping's (package rsmap): the
// I/O layer checks headers against them and groups rows on the key
// columns. These names keep the I/O files' words.

// tableSpec is one RS table: number, title, required and known columns.
type tableSpec = rsmap.Spec

// specs are the 15 RS tables in publication order.
var specs = rsmap.Specs()

func specByID(id string) *tableSpec { return rsmap.SpecByID(id) }

// The key columns of every table, and all the columns every table starts
// with (a row that fills only those is a placeholder).
const (
	colYear = rsmap.ColYear
	colID   = rsmap.ColID
)

var commonColumns = rsmap.CommonColumns()

// parseInt reads 事業年度 (nil when empty); normalizeID pads 予算事業ID to
// six digits ("6423" → "006423"). The mapping reads them the same way.
var (
	parseInt    = rsmap.ParseInt
	normalizeID = rsmap.NormalizeID
)

// tableFileRE matches an RS file name by its table number: "2-1_…".
var tableFileRE = regexp.MustCompile(`^([1-6]-[1-5])_`)

// tableOf returns the spec of the RS table a file (or ZIP member) holds,
// judged on the table number that starts its base name; nil otherwise.
func tableOf(name string) *tableSpec {
	m := tableFileRE.FindStringSubmatch(path.Base(strings.ReplaceAll(name, "\\", "/")))
	if m == nil {
		return nil
	}
	return specByID(m[1])
}
