#!/bin/sh
# Speed and memory figures of the text/PDF round trip (README, "Rendering
# sheets"). Needs ../shared/rs2024, Go, poppler-utils (pdftotext) and the
# fonts of the fixture generator:
#   apt-get install -y poppler-utils fonts-ipaexfont fonts-dejavu-core
# Writes into ${OUT:-/tmp/rsheet-bench}: corpus/ (every 2024 sheet as text)
# and pdf/ (every 23rd sheet as a PDF with ruled cells, the PDF leg's sample).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
out=${OUT:-/tmp/rsheet-bench}
rm -rf "$out" && mkdir -p "$out/pdf"
go build -o "$out/rsheet" ./cmd/rsheet
(cd internal/pdftext/fixturegen && go build -o "$out/fixturegen" .)

echo "== render the 2024 corpus"
"$out/rsheet" render -o "$out/corpus" ../shared/rs2024
du -sb "$out/corpus"

echo "== peak memory of parsing (and checking) the corpus from a directory"
/usr/bin/time -v "$out/rsheet" check -q "$out/corpus" >/dev/null 2>"$out/check.err" || true
grep -E "Maximum resident|Elapsed" "$out/check.err"

echo "== parse speed, one core (three runs)"
go test ./reviewsheet/sheetfmt -run '^$' -bench 'ParseCorpus' -cpu 1 -benchtime 3x -benchmem -count 3

echo "== CPU profile of the parse: top five (flat) under ParseBytes"
go test -c -o "$out/sheetfmt.test" ./reviewsheet/sheetfmt
(cd reviewsheet/sheetfmt && "$out/sheetfmt.test" -test.run '^$' -test.bench 'ParseCorpus' -test.cpu 1 -test.benchtime 5x -test.cpuprofile "$out/parse.prof" >/dev/null)
go tool pprof -top -focus 'ParseBytes' -nodecount 5 "$out/sheetfmt.test" "$out/parse.prof" 2>/dev/null | tail -n 6

echo "== PDF sample: fixture generator"
i=0
for f in $(ls "$out/corpus" | sort); do
	if [ $((i % 23)) -eq 0 ]; then
		# as TestRoundTripPDF makes them: a form feed goes back to a blank
		# line (the generator paginates by itself), the test's fonts
		tr '\f' '\n' <"$out/corpus/$f" >"$out/pdf/${f%.txt}.txt"
		"$out/fixturegen" -keep-pad -font /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf \
			-fallback /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
			-in "$out/pdf/${f%.txt}.txt" -out "$out/pdf/${f%.txt}.pdf"
		rm "$out/pdf/${f%.txt}.txt"
	fi
	i=$((i + 1))
done
ls "$out/pdf" | wc -l
pages=0
for p in "$out"/pdf/*.pdf; do pages=$((pages + $(pdfinfo "$p" | awk '/^Pages:/ {print $2}'))); done
echo "pages: $pages"

echo "== pdftotext on the same files"
start=$(date +%s.%N)
for p in "$out"/pdf/*.pdf; do pdftotext "$p" /dev/null; done
end=$(date +%s.%N)
echo "pdftotext: $(echo "$pages / ($end - $start)" | bc -l) pages/s"

echo "== rsheet (pdfsheet.Parse), one core"
RSHEET_PDF_SAMPLE="$out/pdf" go test ./reviewsheet/sheetfmt -run '^$' -bench 'ParsePDFSample' -cpu 1 -benchtime 3x -benchmem
