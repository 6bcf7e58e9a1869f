package rscsv

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Streaming. The official files list every table's rows in order of
// 事業年度 and 予算事業ID, the rows of one sheet together (all 13 tables of
// 2024 are so ordered). When every file of a set is ordered that way,
// Sheets reads the files side by side, like the merge step of a merge
// sort, and builds each sheet from the rows of its own key alone: memory
// grows with the largest project, not with the files. Whether the files
// are ordered is learnt by a first pass over them that keeps nothing (a
// file edited and re-sorted by a user may not be); when one is not, or
// when the rows are already in memory (Lookup, Len and Errors load them),
// Sheets uses the rows in memory, with the same result.

// errUnordered is the internal signal of a file whose keys go backwards.
var errUnordered = errors.New("rows not in order of 事業年度 and 予算事業ID")

// ordered reports whether every input lists its rows in key order. It
// reads every file once (concurrently) and keeps nothing; an error that
// stops a file (I/O, CSV syntax, a limit) is returned.
func (s *Set) ordered() (bool, error) {
	s.orderOnce.Do(func() {
		errs := make([]error, len(s.inputs))
		s.counts = make([]int, len(s.inputs))
		s.forEachInput(func(i int) { errs[i] = scanOrder(s.inputs[i], s.limits, &s.total, &s.counts[i]) })
		s.isOrdered = true
		for _, err := range errs {
			switch {
			case errors.Is(err, errUnordered):
				s.isOrdered = false
			case err != nil:
				s.orderErr = err
				return
			}
		}
	})
	return s.isOrdered, s.orderErr
}

// group is the rows of one sheet in one file, as a table of one key.
type group struct {
	k   key
	t   *table
	err error // the file stopped (the group is empty)
}

// cursor reads one file group by group in a goroutine of its own, so the
// files decode concurrently.
type cursor struct {
	in     *input
	ch     chan group
	cur    *group // nil at the end
	errs   reviewsheet.ErrorList
	stop   chan struct{}
	closed bool
}

// openCursor starts reading in.
func openCursor(in *input, lim Limits, s *Set, stop chan struct{}) *cursor {
	c := &cursor{in: in, ch: make(chan group, 16), stop: stop}
	go c.run(lim, s)
	return c
}

func (c *cursor) run(lim Limits, s *Set) {
	defer close(c.ch)
	send := func(g group) bool {
		select {
		case c.ch <- g:
			return true
		case <-c.stop:
			return false
		}
	}
	rr, err := openRows(c.in, lim, &s.total)
	if err != nil {
		send(group{err: err})
		return
	}
	defer rr.Close()
	var t *table
	var k key
	for {
		nk, f, line, blank, err := rr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			send(group{err: err})
			return
		}
		if t != nil && nk != k {
			if nk.less(k) {
				send(group{err: &reviewsheet.Error{File: c.in.name, Line: line, Err: errUnordered}})
				return
			}
			if !send(group{k: k, t: t}) {
				return
			}
			t = nil
		}
		if t == nil {
			k = nk
			t = &table{in: c.in, h: rr.h, rows: make(map[key][]record, 1)}
		}
		if len(t.rows[k]) >= lim.RowsPerProject {
			send(group{err: rowsLimit(c.in, line, k, lim)})
			return
		}
		t.add(k, f, line, blank)
	}
	if t != nil && !send(group{k: k, t: t}) {
		return
	}
	c.errs = rr.errs // read by the merge after ch is closed
}

// advance moves to the next group; an error that stopped the file is
// returned.
func (c *cursor) advance() error {
	g, ok := <-c.ch
	if !ok {
		c.cur = nil
		return nil
	}
	if g.err != nil {
		c.cur = nil
		return g.err
	}
	c.cur = &g
	return nil
}

// merger hands out the sheets of ordered files in key order, with the
// tables of each sheet's rows.
type merger struct {
	s       *Set
	cursors []*cursor
	stop    chan struct{}
	overlap map[*input]int // sheets a file repeats from an earlier file of its table
}

func (s *Set) newMerger() (*merger, error) {
	m := &merger{s: s, stop: make(chan struct{}), overlap: map[*input]int{}}
	s.total.Store(0)
	for _, in := range s.inputs {
		c := openCursor(in, s.limits, s, m.stop)
		m.cursors = append(m.cursors, c)
		if err := c.advance(); err != nil {
			m.close()
			return nil, err
		}
	}
	return m, nil
}

// next returns the next sheet's key and tables; ok is false at the end.
func (m *merger) next() (k key, tables map[string][]*table, ok bool, err error) {
	first := true
	for _, c := range m.cursors {
		if c.cur != nil && (first || c.cur.k.less(k)) {
			k, first = c.cur.k, false
		}
	}
	if first {
		return key{}, nil, false, nil
	}
	tables = make(map[string][]*table, len(specs))
	for _, c := range m.cursors { // in input order: the first file of a table wins, as in memory
		if c.cur == nil || c.cur.k != k {
			continue
		}
		id := c.in.spec.ID
		if len(tables[id]) > 0 {
			m.overlap[c.in]++
		}
		tables[id] = append(tables[id], c.cur.t)
		if err := c.advance(); err != nil {
			return key{}, nil, false, err
		}
	}
	return k, tables, true, nil
}

// finish returns the row-level problems of every file and records the
// overlap warnings (as the in-memory load words them).
func (m *merger) finish() reviewsheet.ErrorList {
	var errs reviewsheet.ErrorList
	for _, c := range m.cursors {
		errs = append(errs, c.errs...)
		if n := m.overlap[c.in]; n > 0 {
			m.s.mu.Lock()
			m.s.warnings = append(m.s.warnings, Warning{File: c.in.name,
				Message: fmt.Sprintf("%d sheets already read from an earlier file of table %s; their rows here are ignored", n, c.in.spec.ID)})
			m.s.mu.Unlock()
		}
	}
	return errs
}

// close stops the readers and waits for them.
func (m *merger) close() {
	if m.stop == nil {
		return
	}
	close(m.stop)
	m.stop = nil
	var wg sync.WaitGroup
	for _, c := range m.cursors {
		wg.Add(1)
		go func(c *cursor) {
			defer wg.Done()
			for range c.ch {
			}
		}(c)
	}
	wg.Wait()
}
