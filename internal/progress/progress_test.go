package progress

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newFake(total int) (*Reporter, *bytes.Buffer, *fakeClock) {
	var buf bytes.Buffer
	c := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	return newReporter(&buf, total, true, c.now), &buf, c
}

func TestThrottledLineWithRateAndETA(t *testing.T) {
	r, buf, c := newFake(10)
	r.SetLabel("check")
	c.advance(100 * time.Millisecond)
	r.Done(1)
	assert.Empty(t, buf.String(), "nothing before the first interval")

	c.advance(100 * time.Millisecond) // 200ms, 2 done → 10/s
	r.Done(1)
	assert.Equal(t, "\rcheck 2/10 (20%) 10.0/s ETA 1s", buf.String())

	buf.Reset()
	c.advance(50 * time.Millisecond)
	r.Done(1)
	assert.Empty(t, buf.String(), "throttled within the interval")

	c.advance(1800 * time.Millisecond) // 2.05s, 4 done
	r.Done(1)
	assert.Equal(t, "\rcheck 4/10 (40%) 2.0/s ETA 3s ", buf.String(), "one blank over the longer previous line")

	buf.Reset()
	c.advance(10 * time.Millisecond)
	r.Done(6) // last unit: always drawn
	assert.Equal(t, "\rcheck 10/10 (100%) 4.9/s in 2s", buf.String())

	buf.Reset()
	r.Finish()
	assert.Equal(t, "\n", buf.String(), "the line is up to date")
}

func TestFinishUpdatesStaleLine(t *testing.T) {
	r, buf, c := newFake(0)
	c.advance(time.Second)
	r.Done(1)
	c.advance(10 * time.Millisecond)
	r.Done(1) // throttled
	buf.Reset()
	r.Finish()
	assert.Equal(t, "\r2 2.0/s 1s\n", buf.String())
}

func TestShortRunPrintsNothing(t *testing.T) {
	r, buf, c := newFake(0)
	r.Done(3)
	c.advance(50 * time.Millisecond)
	r.Done(3)
	r.Finish()
	assert.Empty(t, buf.String())
}

func TestUnknownTotal(t *testing.T) {
	r, buf, c := newFake(0)
	c.advance(65 * time.Second)
	r.Done(130)
	assert.Equal(t, "\r130 2.0/s 1m05s", buf.String())
}

func TestShorterLineBlanksLeftovers(t *testing.T) {
	r, buf, c := newFake(100)
	c.advance(time.Second)
	r.Done(1) // "1/100 (1%) 1.0/s ETA 1m39s"
	first := buf.String()
	buf.Reset()
	c.advance(99 * time.Second)
	r.Done(99) // "100/100 (100%) 1.0/s in 1m40s"
	require.NotEmpty(t, first)
	assert.True(t, strings.HasPrefix(buf.String(), "\r100/100 (100%)"))
}

func TestDisabled(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 5, false) // a buffer is not a terminal
	assert.False(t, r.Enabled())
	r.Done(5)
	r.Finish()
	assert.Empty(t, buf.String())

	var nilR *Reporter
	nilR.Done(1) // must not panic
	nilR.Finish()
	nilR.SetLabel("x")
	nilR.SetTotal(3)
	assert.False(t, nilR.Enabled())
}

func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "p")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, IsTerminal(f), "a regular file")
	assert.False(t, IsTerminal(&bytes.Buffer{}))
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	defer pr.Close()
	defer pw.Close()
	assert.False(t, IsTerminal(pw), "a pipe")
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		assert.True(t, IsTerminal(tty))
		assert.False(t, New(tty, 1, true).Enabled(), "quiet wins")
	}
}

func TestFormatDuration(t *testing.T) {
	assert.Equal(t, "0s", formatDuration(0))
	assert.Equal(t, "59s", formatDuration(59*time.Second))
	assert.Equal(t, "1m00s", formatDuration(60*time.Second))
	assert.Equal(t, "1h02m", formatDuration(62*time.Minute))
}

// Done may be called from several goroutines (go test -race).
func TestConcurrentDone(t *testing.T) {
	r, buf, _ := newFake(1000)
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				r.Done(1)
			}
		}()
	}
	wg.Wait()
	r.Finish()
	assert.Equal(t, "\r1000/1000 (100%) 0.0/s in 0s\n", buf.String(), "the last unit is always drawn, once")
}
