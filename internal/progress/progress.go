package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Interval is the shortest time between two redraws.
const Interval = 200 * time.Millisecond

// Reporter draws a progress line. Its methods are safe for concurrent
// use; a nil or disabled Reporter does nothing.
type Reporter struct {
	mu      sync.Mutex
	w       io.Writer
	enabled bool
	label   string
	total   int
	done    int
	start   time.Time
	last    time.Time // last redraw
	drawn   bool      // a line is on screen
	shown   int       // done as last drawn
	width   int       // length of the last line, to blank leftovers
	now     func() time.Time
}

// New returns a Reporter for total units (0: unknown) writing to w. It is
// enabled only when w is a terminal and quiet is false.
func New(w io.Writer, total int, quiet bool) *Reporter {
	return newReporter(w, total, !quiet && IsTerminal(w), time.Now)
}

// newReporter is New with the terminal test and the clock injected.
func newReporter(w io.Writer, total int, enabled bool, now func() time.Time) *Reporter {
	t := now()
	return &Reporter{w: w, enabled: enabled, total: total, start: t, now: now}
}

// IsTerminal reports whether w is an *os.File attached to a character
// device (a terminal). Pipes, regular files and buffers are not.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}

// Enabled reports whether the Reporter writes anything.
func (r *Reporter) Enabled() bool { return r != nil && r.enabled }

// SetLabel sets a short word shown before the counts ("check", "export").
func (r *Reporter) SetLabel(s string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.label = s
	r.mu.Unlock()
}

// SetTotal changes the total, for runs that learn it late.
func (r *Reporter) SetTotal(n int) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.total = n
	r.mu.Unlock()
}

// Done records n more units done and redraws when Interval has passed
// since the last redraw (and always on the last unit of a known total).
func (r *Reporter) Done(n int) {
	if !r.Enabled() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done += n
	t := r.now()
	if r.drawn && t.Sub(r.last) < Interval && !(r.total > 0 && r.done >= r.total) {
		return
	}
	if !r.drawn && t.Sub(r.start) < Interval && !(r.total > 0 && r.done >= r.total) {
		// Stay silent for runs shorter than one interval.
		return
	}
	r.draw(t)
}

// Finish brings the line up to date and ends it with a newline. It
// prints nothing when no line was ever drawn (a run shorter than
// Interval).
func (r *Reporter) Finish() {
	if !r.Enabled() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.drawn {
		return
	}
	if r.shown != r.done {
		r.draw(r.now())
	}
	fmt.Fprint(r.w, "\n")
	r.drawn = false
}

// draw writes the line; r.mu is held.
func (r *Reporter) draw(t time.Time) {
	line := r.line(t)
	pad := ""
	if n := r.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprint(r.w, "\r"+line+pad)
	r.width = len(line)
	r.shown = r.done
	r.last = t
	r.drawn = true
}

// line formats "label 120/400 files (30%) 12.3/s ETA 23s".
func (r *Reporter) line(t time.Time) string {
	var b strings.Builder
	if r.label != "" {
		b.WriteString(r.label)
		b.WriteByte(' ')
	}
	elapsed := t.Sub(r.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(r.done) / elapsed.Seconds()
	}
	if r.total > 0 {
		pct := 100 * r.done / r.total
		fmt.Fprintf(&b, "%d/%d (%d%%) %s/s", r.done, r.total, pct, formatRate(rate))
		if r.done >= r.total {
			fmt.Fprintf(&b, " in %s", formatDuration(elapsed))
		} else if rate > 0 {
			eta := time.Duration(float64(r.total-r.done) / rate * float64(time.Second))
			fmt.Fprintf(&b, " ETA %s", formatDuration(eta))
		}
	} else {
		fmt.Fprintf(&b, "%d %s/s %s", r.done, formatRate(rate), formatDuration(elapsed))
	}
	return b.String()
}

func formatRate(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// formatDuration rounds to seconds: "42s", "3m05s", "1h02m".
func formatDuration(d time.Duration) string {
	s := int((d + time.Second/2) / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm%02ds", s/60, s%60)
	}
	return fmt.Sprintf("%dh%02dm", s/3600, (s%3600)/60)
}
