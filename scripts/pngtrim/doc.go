// Command pngtrim cuts the empty bottom off a screenshot: headless
// Chromium captures its whole window, so scripts/render-report.sh shoots
// a window taller than any page and pngtrim keeps the rows down to the
// last one that differs from the page background (the colour of the
// bottom-left pixel), plus a margin.
//
//	go run ./scripts/pngtrim [-margin 16] IN.png OUT.png
//
// It holds: a small tool for the report screenshots of scripts/.
// It imports: the standard library.
// It must never import: anything of rsheet.
package main
