package audit

import (
	"github.com/rsheet/rsheet/spending"
)

// keyedSums are one side's amounts summed per key (an item text, a
// payee), with the keys in order of first appearance and, per key, the
// index of its first row (for the path of a finding).
type keyedSums struct {
	sums  map[string]*keyedSum
	order []string
}

type keyedSum struct {
	first int
	sum   spending.Sum
}

// sumsBy sums amount(row) per key(row) over the rows keep accepts (all
// when keep is nil), with checked arithmetic (spending.Sum).
func sumsBy[T any](rows []T, keep func(T) bool, key func(T) string, amount func(T) *int64) keyedSums {
	k := keyedSums{sums: map[string]*keyedSum{}}
	for i, r := range rows {
		if keep != nil && !keep(r) {
			continue
		}
		id := key(r)
		a := k.sums[id]
		if a == nil {
			a = &keyedSum{first: i}
			k.sums[id] = a
			k.order = append(k.order, id)
		}
		if p := amount(r); p != nil {
			a.sum.Add(*p)
		}
	}
	return k
}

// keyedDiff says how one keyed comparison reports: the codes of a
// differing amount and of a key on one side only, the list's path (for a
// key only the official side has), a row's path and a key's label.
type keyedDiff struct {
	diff, missing Code
	list          string
	path          func(first int) string
	label         func(key string) string
}

// keyed compares two sides' sums key by key: a sum that differs beyond
// the sheet's 千円 rounding (sumsAgree) is an error, a key on one side
// only a warning, in the stated side's order, then the official side's.
func (c *comparer) keyed(d keyedDiff, stated, official keyedSums) {
	for _, k := range stated.order {
		sa, oa := stated.sums[k], official.sums[k]
		path := d.path(sa.first)
		if oa == nil {
			c.add(d.missing, SeverityWarning, path, yenOfSum(sa.sum), absent,
				"%s: on the sheet, not in the official data", d.label(k))
			continue
		}
		if !sumsAgree(sa.sum, oa.sum) {
			c.add(d.diff, SeverityError, path, yenOfSum(sa.sum), yenOfSum(oa.sum),
				"%s: the sheet says %s, the official data %s", d.label(k), yenOfSum(sa.sum), yenOfSum(oa.sum))
		}
	}
	for _, k := range official.order {
		if stated.sums[k] == nil {
			c.add(d.missing, SeverityWarning, d.list, absent, yenOfSum(official.sums[k].sum),
				"%s: in the official data, not on the sheet", d.label(k))
		}
	}
}
