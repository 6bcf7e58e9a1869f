package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := flag.String("in", "", "sheet text (UTF-8)")
	out := flag.String("out", "", "HTML file to write")
	producer := flag.String("producer", "chromium", "chromium (CSS @page footer), libreoffice (Writer footer with page fields) or wkhtmltopdf (tables kept whole by block wrappers)")
	columns := flag.String("columns", "content", "content (each table as wide as its own cells) or shared (tables of one kind share column widths, as the RS form does)")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out, *producer, *columns); err != nil {
		fmt.Fprintln(os.Stderr, "htmlgen:", err)
		os.Exit(1)
	}
}

func run(in, out, producer, columns string) error {
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	if producer != "chromium" && producer != "libreoffice" && producer != "wkhtmltopdf" {
		return fmt.Errorf("unknown producer %q", producer)
	}
	if columns != "content" && columns != "shared" {
		return fmt.Errorf("unknown -columns %q", columns)
	}
	items := group(paragraphs(string(src)))
	html := render(items, producer, columns == "shared")
	return os.WriteFile(out, []byte(html), 0o644)
}

// paragraphs splits the text at blank lines; a line keeps its inner
// spaces, loses trailing ones.
func paragraphs(src string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\f")
		if l == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
