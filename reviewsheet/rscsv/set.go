package rscsv

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/rsheet/rsheet/reviewsheet"
)

// Set is a collection of RS CSV tables (one or several 事業年度) opened by
// Open. Its methods are safe for concurrent use.
type Set struct {
	inputs   []*input
	warnings []Warning
	missing  []string // RS tables the set has no file of (Registry.MissingTables)

	// Workers bounds the goroutines used to decode files and map sheets;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int

	limits Limits       // with defaults filled in
	total  atomic.Int64 // decompressed bytes read by decode

	orderOnce sync.Once // the first pass of streaming (merge.go)
	isOrdered bool
	orderDone atomic.Bool // the order pass has run
	counts    []int       // sheets per input, counted by the order pass
	orderErr  error
	loaded    atomic.Bool // load has run: the rows are in memory

	mu      sync.Mutex // guards warnings
	once    sync.Once
	loadErr error
	tables  map[string][]*table // by table number
	keys    []key               // sorted
	errs    reviewsheet.ErrorList
}

// Open finds the RS tables in paths — ZIPs (read in place, never
// unpacked), CSVs, or directories holding them — and checks every
// header: a missing required column is an error naming file and column,
// an unknown column a Warning. Rows are read on first use (Sheets,
// Lookup, Len).
func Open(paths ...string) (*Set, error) { return Options{}.Open(paths...) }

// Options configure Open. The zero value is what Open uses.
type Options struct {
	// Limits bound what is read (zero fields: DefaultLimits).
	Limits Limits
}

// Open is Open with these options.
func (o Options) Open(paths ...string) (*Set, error) {
	lim := o.Limits.withDefaults()
	if len(paths) == 0 {
		return nil, fmt.Errorf("rscsv: no input")
	}
	ins, warns, err := discover(paths)
	if err != nil {
		return nil, err
	}
	if len(ins) == 0 {
		return nil, &reviewsheet.Error{File: paths[0], Err: fmt.Errorf("%w: no RS table found", reviewsheet.ErrMissing)}
	}
	warns = append(warns, missingWarnings(paths[0], ins)...)
	var errs reviewsheet.ErrorList
	for _, in := range ins {
		_, w, err := readHeader(in, lim)
		if err != nil {
			if l, ok := err.(reviewsheet.ErrorList); ok {
				errs = append(errs, l...)
			} else {
				errs.Add(asError(in.name, err))
			}
			continue
		}
		warns = append(warns, w...)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	set := &Set{inputs: ins, warnings: warns, limits: lim}
	set.missing = set.Missing()
	return set, nil
}

func asError(file string, err error) *reviewsheet.Error {
	if e, ok := err.(*reviewsheet.Error); ok {
		return e
	}
	return &reviewsheet.Error{File: file, Err: err}
}

// Files returns the display names of the CSVs in the set, with their
// table numbers.
func (s *Set) Files() []string {
	out := make([]string, len(s.inputs))
	for i, in := range s.inputs {
		out[i] = in.name
	}
	return out
}

// Warnings returns the non-fatal remarks on the inputs: RS tables the set
// lacks (one each, naming what stays empty: see coverage.go), unknown
// columns (once per file and column) and skipped files, known after Open; and,
// once rows have been read (Sheets, Lookup, Len), files of one table that
// repeat sheets of an earlier file.
func (s *Set) Warnings() []Warning {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Warning(nil), s.warnings...)
}

// warnOverlaps warns once per file whose sheets an earlier file of the
// same table already holds: only the first file's rows are used.
func (s *Set) warnOverlaps() {
	for _, sp := range specs {
		ts := s.tables[sp.ID]
		for i := 1; i < len(ts); i++ {
			n := 0
			for k := range ts[i].rows {
				for _, prev := range ts[:i] {
					if _, ok := prev.rows[k]; ok {
						n++
						break
					}
				}
			}
			if n > 0 {
				s.mu.Lock()
				s.warnings = append(s.warnings, Warning{File: ts[i].in.name,
					Message: fmt.Sprintf("%d sheets already read from an earlier file of table %s; their rows here are ignored", n, sp.ID)})
				s.mu.Unlock()
			}
		}
	}
}

func (s *Set) workers() int {
	if s.Workers > 0 {
		return s.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// forEachInput runs fn for every input index on the workers, largest
// files first (which keeps every worker busy to the end).
func (s *Set) forEachInput(fn func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < s.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
	order := make([]int, len(s.inputs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return s.inputs[order[a]].size > s.inputs[order[b]].size })
	for _, i := range order {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// load decodes every file once, concurrently, and keeps all rows.
func (s *Set) load() error {
	s.once.Do(func() {
		tabs := make([]*table, len(s.inputs))
		errLists := make([]reviewsheet.ErrorList, len(s.inputs))
		fatal := make([]error, len(s.inputs))
		s.total.Store(0) // the order pass (merge.go) may have counted the files once
		s.forEachInput(func(i int) { tabs[i], errLists[i], fatal[i] = decode(s.inputs[i], s.limits, &s.total) })
		s.loaded.Store(true)
		s.tables = map[string][]*table{}
		seen := map[key]bool{}
		for i, t := range tabs {
			if fatal[i] != nil {
				s.loadErr = fatal[i]
				return
			}
			s.errs = append(s.errs, errLists[i]...)
			s.tables[t.in.spec.ID] = append(s.tables[t.in.spec.ID], t)
			for k := range t.rows {
				if !seen[k] {
					seen[k] = true
					s.keys = append(s.keys, k)
				}
			}
		}
		sort.Slice(s.keys, func(i, j int) bool { return s.keys[i].less(s.keys[j]) })
		s.warnOverlaps()
	})
	return s.loadErr
}

// Errors returns the problems met while reading rows (a row longer than
// its header, an unreadable 事業年度 or 予算事業ID): those rows are skipped.
// Sheets returns them too, with the value problems of each sheet.
func (s *Set) Errors() reviewsheet.ErrorList {
	if err := s.load(); err != nil {
		return reviewsheet.ErrorList{asError("", err)}
	}
	out := append(reviewsheet.ErrorList(nil), s.errs...)
	out.Sort()
	return out
}

// Len returns the number of distinct (事業年度, 予算事業ID) in the set.
func (s *Set) Len() (int, error) {
	if err := s.load(); err != nil {
		return 0, err
	}
	return len(s.keys), nil
}

// Sheets maps every (事業年度, 予算事業ID) of the set to a Sheet and calls
// fn with each, in order of year and then project ID. Sheets are mapped
// concurrently but delivered in order, one at a time; fn may keep the
// Sheet. An error from fn or ctx stops the walk and is returned. Problems
// with single values (an amount that does not read) do not stop it: the
// value is left nil and, after the walk, Sheets returns them all as a
// reviewsheet.ErrorList.
//
// When every file lists its rows in order of 事業年度 and 予算事業ID (the
// official files do), Sheets streams: it reads every file once and holds
// the rows of the sheets being mapped, not the files (see merge.go). A
// file out of order found before the first sheet is delivered makes it
// read every file into memory first, with the same result; one found later
// stops it with an error wrapping ErrUnordered. An error that stops a file
// (I/O, CSV syntax, a limit) stops Sheets, possibly after some sheets
// were delivered (read into memory, the set fails before the first).
func (s *Set) Sheets(ctx context.Context, fn func(*reviewsheet.Sheet) error) error {
	if !s.loaded.Load() {
		trust, ok := true, true
		if s.orderDone.Load() { // Estimate checked the order
			var err error
			if ok, err = s.ordered(); err != nil {
				return err
			}
			trust = false
		}
		if ok {
			if err := s.stream(ctx, fn, trust); err != errFallback {
				return err
			}
		}
	}
	if err := s.load(); err != nil {
		return err
	}
	i := 0
	next := func() (key, map[string][]*table, bool, error) {
		if i == len(s.keys) {
			return key{}, nil, false, nil
		}
		i++
		return s.keys[i-1], s.tables, true, nil
	}
	errs, err := s.deliver(ctx, fn, next)
	if err != nil {
		return err
	}
	errs = append(errs, s.errs...)
	errs.Sort()
	return errs.Err()
}

// stream is Sheets over ordered files (trust: files whose order is not
// known yet; see merge.go). It returns errFallback, having delivered
// nothing, when a file is not ordered.
func (s *Set) stream(ctx context.Context, fn func(*reviewsheet.Sheet) error, trust bool) error {
	m, err := s.newMerger(trust)
	if err != nil {
		return err
	}
	defer m.close()
	errs, err := s.deliver(ctx, fn, m.next)
	if err != nil {
		return err
	}
	errs = append(errs, m.finish()...)
	errs.Sort()
	return errs.Err()
}

// deliver maps the sheets that next hands out on the workers and calls fn
// with each in order. It returns the value problems of the sheets, or the
// first error of next, fn or ctx.
func (s *Set) deliver(ctx context.Context, fn func(*reviewsheet.Sheet) error, next func() (key, map[string][]*table, bool, error)) (reviewsheet.ErrorList, error) {
	type result struct {
		sh   *reviewsheet.Sheet
		errs reviewsheet.ErrorList
		err  error
	}
	n := s.workers()
	futures := make(chan chan result, 2*n)
	sem := make(chan struct{}, n)
	stop := make(chan struct{})
	go func() {
		defer close(futures)
		for {
			k, tables, ok, err := next()
			if !ok && err == nil {
				return
			}
			ch := make(chan result, 1)
			select {
			case futures <- ch:
			case <-stop:
				return
			}
			if err != nil {
				ch <- result{err: err}
				return
			}
			select {
			case sem <- struct{}{}:
			case <-stop:
				return
			}
			go func() {
				defer func() { <-sem }()
				sh, errs := build(k, tables)
				s.markCoverage(sh)
				ch <- result{sh: sh, errs: errs}
			}()
		}
	}()
	defer func() {
		close(stop)
		for range futures { // let the producer finish
		}
	}()
	var errs reviewsheet.ErrorList
	for ch := range futures {
		r := <-ch
		if r.err != nil {
			return nil, r.err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		errs = append(errs, r.errs...)
		if err := fn(r.sh); err != nil {
			return nil, err
		}
	}
	return errs, nil
}

// Lookup maps one sheet. It returns an error wrapping
// reviewsheet.ErrMissing when the set has no row for (year, id); id may be
// written with or without leading zeros. Value problems come back as a
// reviewsheet.ErrorList together with the (partial) Sheet.
func (s *Set) Lookup(year int, id string) (*reviewsheet.Sheet, error) {
	if err := s.load(); err != nil {
		return nil, err
	}
	nid, err := normalizeID(id)
	if err != nil {
		return nil, fmt.Errorf("rscsv: %w: %v", reviewsheet.ErrSyntax, err)
	}
	k := key{Year: year, ID: nid}
	i := sort.Search(len(s.keys), func(i int) bool { return !s.keys[i].less(k) })
	if i == len(s.keys) || s.keys[i] != k {
		return nil, fmt.Errorf("rscsv: %w: no rows for 事業年度 %d, 予算事業ID %s", reviewsheet.ErrMissing, year, nid)
	}
	sh, errs := build(k, s.tables)
	s.markCoverage(sh)
	return sh, errs.Err()
}
