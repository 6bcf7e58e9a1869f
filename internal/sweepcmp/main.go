package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

func main() {
	producer := flag.String("producer", "", "the PDF's producer (libreoffice turns on the autospace allowance)")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: sweepcmp [-producer P] WANT.json GOT.json")
		os.Exit(2)
	}
	want, err := load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sweepcmp:", err)
		os.Exit(2)
	}
	got, err := load(flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sweepcmp:", err)
		os.Exit(2)
	}
	fmt.Println(compare(want, got, *producer).String())
}

// load reads one JSON value, numbers kept as their text, with the keys
// that are layout rather than content removed.
func load(path string) (any, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	setAside(v)
	return v, nil
}

// setAside removes source and outcome.overview (see the package doc).
func setAside(v any) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	delete(m, "source")
	if o, ok := m["outcome"].(map[string]any); ok {
		delete(o, "overview")
	}
}
