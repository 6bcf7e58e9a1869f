package progress_test

import (
	"bytes"
	"fmt"

	"github.com/rsheet/rsheet/internal/progress"
)

// A Reporter writing to anything but a terminal stays silent, so it can
// be wired in unconditionally.
func ExampleNew() {
	var stderr bytes.Buffer
	p := progress.New(&stderr, 3, false)
	p.SetLabel("check")
	for range 3 {
		p.Done(1)
	}
	p.Finish()
	fmt.Printf("enabled=%v wrote=%q\n", p.Enabled(), stderr.String())
	// Output: enabled=false wrote=""
}
