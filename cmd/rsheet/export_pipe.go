package main

import (
	"runtime"
	"sync"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// The checks of an export run beside the writing. exporter.add hands each
// sheet to a checkPipe, which computes its findings (exportCheck) on a
// goroutine of its own and writes the sheets, with their findings, in the
// order they were added on one writer goroutine: the output is the same
// as a sequential loop's, while the checks of the next sheets use the
// other cores. At most queueDepth sheets wait for their turn.

// checked is one sheet on its way to the Writer.
type checked struct {
	source   string
	s        *reviewsheet.Sheet
	findings []audit.Finding
	done     chan struct{} // closed when findings are set
}

// checkPipe checks sheets concurrently and writes them in order.
type checkPipe struct {
	queue chan *checked
	done  chan struct{}
	mu    sync.Mutex
	err   error // the first error of write; nothing more is written after it
	once  sync.Once
}

// queueDepth bounds the sheets checked ahead of the writer.
func queueDepth() int { return 2 * runtime.GOMAXPROCS(0) }

// startCheckPipe starts the writer goroutine; write is called in order.
func startCheckPipe(write func(source string, s *reviewsheet.Sheet, findings []audit.Finding) error) *checkPipe {
	queue := make(chan *checked, queueDepth())
	p := &checkPipe{queue: queue, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for c := range queue {
			<-c.done
			if p.failed() != nil {
				continue
			}
			if err := write(c.source, c.s, c.findings); err != nil {
				p.mu.Lock()
				p.err = err
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// add checks s on a new goroutine and queues it; it waits while the queue
// is full. It returns the first write error so far (s is then dropped).
func (p *checkPipe) add(source string, s *reviewsheet.Sheet) error {
	if err := p.failed(); err != nil {
		return err
	}
	c := &checked{source: source, s: s, done: make(chan struct{})}
	p.queue <- c
	go func() {
		defer close(c.done)
		c.findings = exportCheck(s)
	}()
	return nil
}

func (p *checkPipe) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// wait writes the queued sheets and returns the first write error.
func (p *checkPipe) wait() error {
	p.once.Do(func() { close(p.queue) })
	<-p.done
	return p.failed()
}
