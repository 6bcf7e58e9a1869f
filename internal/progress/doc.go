// Package progress reports the progress of a long run (files or sheets
// done out of a total, rate and ETA) on one line of a terminal.
//
// A Reporter writes only when its writer is a terminal (an *os.File
// whose mode is a character device) and the caller did not ask for
// quiet: piped or redirected stderr, CI logs and tests stay clean.
// Updates are throttled (Interval) and the line is redrawn in place
// with a carriage return; Finish ends it with a newline.
//
//	p := progress.New(os.Stderr, len(files), *quiet)
//	for _, f := range files {
//		work(f)
//		p.Done(1)
//	}
//	p.Finish()
//
// A total of 0 means unknown (a stream of sheets): the line then shows
// the count and rate without percentage or ETA.
//
// It holds: the progress line of long CLI runs.
// It imports: the standard library.
// It must never import: anything of rsheet.
package progress
