package sheetarrow

import (
	"fmt"
	"sync"

	"github.com/apache/arrow/go/v17/arrow"
)

// Encoding behind the Builder. A Writer turns the gathered rows into one
// record per table on the caller's goroutine (the Builder is not safe for
// concurrent use) and hands the batch to one goroutine of its own, which
// writes the records to the sinks in the order they were made: Parquet
// encoding and zstd, the larger part of an export's work, run beside the
// caller's next sheets (the import and the checks of an RS export), on
// another core. One goroutine keeps the output the same bytes as a
// writer without it, and an unbuffered hand-over keeps memory bounded:
// one batch is written while the next is gathered.
//
// The first error of a sink stops the writing of every later batch (their
// records are released unwritten); the caller sees it at its next flush,
// or at Close.

// batch is one record per table (nil: no rows in this batch).
type batch [numTables]arrow.Record

// pipe is the encoding goroutine of a Writer.
type pipe struct {
	jobs chan batch
	done chan struct{}
	mu   sync.Mutex
	err  error // the first error of a sink
	once sync.Once
}

// startPipe starts writing batches to sinks; format names the files in
// errors.
func startPipe(sinks *[numTables]sink, format Format) *pipe {
	p := &pipe{jobs: make(chan batch), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for b := range p.jobs {
			for t, rec := range b {
				if rec == nil {
					continue
				}
				if p.failed() == nil {
					if err := sinks[t].write(rec); err != nil {
						p.fail(fmt.Errorf("sheetarrow: %s: %w", FileName(Table(t), format), err))
					}
				}
				rec.Release()
			}
		}
	}()
	return p
}

func (p *pipe) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err == nil {
		p.err = err
	}
}

// failed returns the first error of a sink so far.
func (p *pipe) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// send hands a batch over; it waits while the previous one is written.
func (p *pipe) send(b batch) { p.jobs <- b }

// wait stops the pipe after the queued batches are written and returns
// the first error. It may be called more than once.
func (p *pipe) wait() error {
	p.once.Do(func() { close(p.jobs) })
	<-p.done
	return p.failed()
}
