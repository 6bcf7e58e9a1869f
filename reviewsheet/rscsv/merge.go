package rscsv

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Streaming. The official files list every table's rows in order of
// 事業年度 and 予算事業ID, the rows of one sheet together (all 13 tables of
// 2024 are so ordered). Sheets trusts that order: it reads the files side
// by side, like the merge step of a merge sort, and builds each sheet from
// the rows of its own key alone, so memory grows with the largest project,
// not with the files, and every file is inflated and read once.
//
// A file edited and re-sorted by a user may not be ordered. Every cursor
// checks its file's keys as it reads (a key smaller than the one before it
// is a descent), and no sheet is delivered before every cursor has read
// lookahead sheets ahead or reached the end of its file:
//
//   - a descent seen before the first sheet is delivered (any file of up
//     to lookahead sheets, and any file sorted on another column, which
//     descends within its first rows) makes Sheets drop the stream and
//     read every file into memory, with the same result as Len-then-Sheets;
//   - a descent seen later stops Sheets with an error wrapping
//     ErrUnordered that names the file and line: the sheets delivered
//     until then hold every row read before the descent, but a row after
//     it may belong to one of them. Call Len (or Errors) before Sheets to
//     read such a set into memory.
//
// When the files' order is already known (Estimate runs a pass over the
// files that checks it, keyscan.go), Sheets follows it: ordered files are
// streamed, otherwise the rows are read into memory first. When the rows
// are already in memory (Lookup, Len and Errors load them), Sheets uses
// them.

// ErrUnordered is wrapped by the error of Sheets when a file's rows go
// back to a smaller (事業年度, 予算事業ID) after sheets were delivered
// (see Set.Sheets).
var ErrUnordered = errors.New("rows not in order of 事業年度 and 予算事業ID (sheets were already delivered; the set must be read into memory)")

// errUnordered is the internal signal of a file whose keys go backwards.
var errUnordered = ErrUnordered

// lookahead is how many sheets every cursor reads (and holds) before the
// first sheet is delivered; it is also the depth of a cursor's channel.
const lookahead = 16

// ordered reports whether every input lists its rows in key order. It
// reads every file once (concurrently) and keeps nothing; an error that
// stops a file (I/O, CSV syntax, a limit) is returned.
func (s *Set) ordered() (bool, error) {
	s.orderOnce.Do(func() {
		defer s.orderDone.Store(true)
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
	in   *input
	ch   chan group
	cur  *group // nil at the end
	errs reviewsheet.ErrorList
	stop chan struct{}

	// ready is closed once the cursor has sent lookahead groups or
	// stopped; descended is set before it when the file's keys went back.
	ready     chan struct{}
	readyOnce sync.Once
	descended atomic.Bool
}

// openCursor starts reading in.
func openCursor(in *input, lim Limits, s *Set, stop chan struct{}) *cursor {
	c := &cursor{in: in, ch: make(chan group, lookahead), stop: stop, ready: make(chan struct{})}
	go c.run(lim, s)
	return c
}

func (c *cursor) markReady() { c.readyOnce.Do(func() { close(c.ready) }) }

func (c *cursor) run(lim Limits, s *Set) {
	defer c.markReady()
	defer close(c.ch)
	sent := 0
	send := func(g group) bool {
		select {
		case c.ch <- g:
			if sent++; sent == lookahead {
				c.markReady()
			}
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
	projects, lastRows := 0, 1
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
				c.descended.Store(true)
				send(group{err: &reviewsheet.Error{File: c.in.name, Line: line, Err: errUnordered}})
				return
			}
			if !send(group{k: k, t: t}) {
				return
			}
			lastRows = len(t.rows[k])
			t = nil
		}
		if t == nil {
			if projects++; projects > lim.Projects {
				send(group{err: projectsLimit(c.in, line, lim)})
				return
			}
			k = nk
			// room for as many rows as the previous sheet's: the
			// sheets of one table are much alike, and growing the
			// slices row by row was a tenth of an import
			t = &table{in: c.in, h: rr.h, rows: map[key][]record{k: make([]record, 0, lastRows)},
				ends: make([]uint32, 0, lastRows*len(rr.h.names))}
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

// newMerger starts a cursor on every input. When trust is set the files'
// order is not known yet: it waits until every cursor is ready (see
// lookahead) and returns errFallback, having stopped the cursors, when
// one of them saw a descent.
func (s *Set) newMerger(trust bool) (*merger, error) {
	m := &merger{s: s, stop: make(chan struct{}), overlap: map[*input]int{}}
	s.total.Store(0)
	for _, in := range s.inputs {
		m.cursors = append(m.cursors, openCursor(in, s.limits, s, m.stop))
	}
	if trust {
		for _, c := range m.cursors {
			<-c.ready
		}
		for _, c := range m.cursors {
			if c.descended.Load() {
				m.close()
				return nil, errFallback
			}
		}
	}
	for _, c := range m.cursors {
		if err := c.advance(); err != nil {
			m.close()
			return nil, err
		}
	}
	return m, nil
}

// errFallback: a file is not in key order; read the set into memory.
var errFallback = errors.New("rscsv: read into memory")

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
