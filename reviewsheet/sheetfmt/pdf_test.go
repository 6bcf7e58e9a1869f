package sheetfmt

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

const (
	pdfFont     = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
	pdfFallback = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	// pdfEvery picks the PDF sample: every pdfEvery-th sheet of 2024 in
	// 予算事業ID order (5,664 / 23 → 247 sheets).
	pdfEvery = 23
)

// fixturegen builds the repo's PDF fixture generator (the nested module
// internal/pdftext/fixturegen: gopdf, IPAexGothic) without the network:
// it skips the test when the module's dependencies are not in the module
// cache (.ci/run downloads them) or the fonts are not installed.
func fixturegen(t testing.TB) string {
	t.Helper()
	for _, f := range []string{pdfFont, pdfFallback} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s not installed (apt-get install fonts-ipaexfont fonts-dejavu-core): the PDF leg needs it", f)
		}
	}
	bin := filepath.Join(t.TempDir(), "fixturegen")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = filepath.Join("..", "..", "internal", "pdftext", "fixturegen")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot build internal/pdftext/fixturegen offline (run `cd internal/pdftext/fixturegen && go mod download`): %v\n%s", err, out)
	}
	return bin
}

// pdfSample returns every pdfEvery-th sheet of the 2024 set.
func pdfSample(t testing.TB) []*reviewsheet.Sheet {
	dir := "../../../shared/rs2024"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/rs2024 is absent: the PDF sample comes from the 2024 RS CSVs")
	}
	set, err := rscsv.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []*reviewsheet.Sheet
	i := 0
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		if i%pdfEvery == 0 {
			out = append(out, s)
		}
		i++
		return nil
	})
	if err != nil {
		t.Log(err)
	}
	return out
}

// toPDF renders the sheet text as a PDF with ruled cells.
func toPDF(bin, dir, name string, txt []byte) (string, error) {
	in := filepath.Join(dir, name+".txt")
	out := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(in, txt, 0o644); err != nil {
		return "", err
	}
	cmd := exec.Command(bin, "-in", in, "-out", out, "-font", pdfFont, "-fallback", pdfFallback, "-keep-pad")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("fixturegen: %v: %s", err, b)
	}
	return out, nil
}

// TestRoundTripPDF: CSV → Sheet → text → PDF (ruled cells) → pdfsheet.Parse →
// equal Sheet, for a sample of the 2024 sheets.
func TestRoundTripPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	sheets := pdfSample(t)
	bin := fixturegen(t)
	dir := t.TempDir()
	var mu sync.Mutex
	fails := map[string][]string{}
	work := make(chan *reviewsheet.Sheet)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				d := pdfRoundTrip(bin, dir, s)
				if d != "" {
					mu.Lock()
					fails[class(d)] = append(fails[class(d)], s.ProjectID+": "+d)
					mu.Unlock()
				}
			}
		}()
	}
	for _, s := range sheets {
		work <- s
	}
	close(work)
	wg.Wait()
	report(t, len(sheets), fails)
	unknownFailures(t, fails, knownPDF)
}

func pdfRoundTrip(bin, dir string, s *reviewsheet.Sheet) string {
	name := fmt.Sprintf("%d-%s", s.FiscalYear, s.ProjectID)
	// the generator paginates by itself: a form feed (which stands for a
	// blank line) goes back to being one
	path, err := toPDF(bin, dir, name, bytes.ReplaceAll(Format(s), []byte("\f"), []byte("\n")))
	if err != nil {
		return "pdf: " + err.Error()
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	got, err := pdfsheet.Parse(bytes.NewReader(src))
	if err != nil {
		return "parse: " + firstErr(err)
	}
	return diff(sheetView(s), sheetView(got))
}

// pdfCases are minimal texts of failures the PDF leg found: the sheet,
// formatted, through the fixture generator, as ExtractPDFText reads it;
// testdata/roundtrip/NAME.pdf.txt is that text (regenerate with -update,
// which needs the generator). The test parses the committed text, so it
// runs without the generator.
var pdfCases = []struct {
	name string
	edit func(s *reviewsheet.Sheet)
}{
	// 補助率等 rows printed on one line with their URL wrapped below it:
	// a 補助上限等 holding a space (000581) and a row of three "--" (001811)
	{"subsidy-one-line-row", func(s *reviewsheet.Sheet) {
		s.Subsidies = []reviewsheet.Subsidy{
			{Target: "除染後農地等の保全管理等", Rate: sp("定額又は1/2以内等"), Cap: sp("35,000円/10a 等"), URL: sp("https://www.maff.go.jp/j/kanbo/joho/saigai/220120.html")},
			{URL: sp("https://www.bunka.go.jp/seisaku/bunkazai/joseishien/hojo/pdf/92292601_01.pdf")},
		}
	}},
}

func TestMinimalPDFCases(t *testing.T) {
	for _, c := range pdfCases {
		t.Run(c.name, func(t *testing.T) {
			s := minimal()
			c.edit(s)
			path := filepath.Join("..", "..", "testdata", "roundtrip", c.name+".pdf.txt")
			if *update {
				bin := fixturegen(t)
				pdf, err := toPDF(bin, t.TempDir(), c.name, bytes.ReplaceAll(Format(s), []byte("\f"), []byte("\n")))
				require.NoError(t, err)
				src, err := os.ReadFile(pdf)
				require.NoError(t, err)
				txt, err := pdfsheet.Text(src, 0)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, []byte(txt), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to write it")
			got, err := reviewsheet.Parse(bytes.NewReader(want))
			require.NoError(t, err)
			assert.Empty(t, diff(sheetView(s), sheetView(got)))
		})
	}
}
