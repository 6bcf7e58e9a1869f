package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
)

func main() {
	margin := flag.Int("margin", 16, "rows kept below the last non-background row")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: pngtrim [-margin N] IN.png OUT.png")
		os.Exit(2)
	}
	if err := trim(flag.Arg(0), flag.Arg(1), *margin); err != nil {
		fmt.Fprintln(os.Stderr, "pngtrim:", err)
		os.Exit(1)
	}
}

// lastContentRow returns the index of the last row of img holding a pixel
// other than the background bg; -1 when there is none.
func lastContentRow(img image.Image) int {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Max.Y-1)
	br, bgG, bb, ba := bg.RGBA()
	for y := b.Max.Y - 1; y >= b.Min.Y; y-- {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			if r != br || g != bgG || bl != bb || a != ba {
				return y
			}
		}
	}
	return -1
}

type subImager interface {
	SubImage(r image.Rectangle) image.Image
}

func trim(in, out string, margin int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		return err
	}
	b := img.Bounds()
	last := lastContentRow(img)
	if last < 0 {
		return fmt.Errorf("%s: the image is empty", in)
	}
	end := min(last+1+margin, b.Max.Y)
	si, ok := img.(subImager)
	if !ok {
		return fmt.Errorf("%s: cannot crop this PNG type", in)
	}
	cropped := si.SubImage(image.Rect(b.Min.X, b.Min.Y, b.Max.X, end))
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := png.Encode(w, cropped); err != nil {
		w.Close()
		return err
	}
	if end == b.Max.Y {
		fmt.Fprintf(os.Stderr, "pngtrim: warning: %s reaches the bottom of the window; the page may be longer\n", in)
	}
	return w.Close()
}
