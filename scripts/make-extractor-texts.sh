#!/bin/sh
# Regenerates the texts of the sample made by other extractors and by
# hand-editing habits, for the reviewsheet variant tests:
#
#   testdata/extractors/NAME.pdftotext.txt         pdftotext (default mode)
#   testdata/extractors/NAME.pdftotext-layout.txt  pdftotext -layout
#   testdata/variants/rs2025-006423.noblank-all.txt  every blank line removed
#                                  (what PyMuPDF, pdfplumber and copy-paste give)
#   testdata/variants/rs2025-006423.crlf-trailing.txt  Windows copy-paste:
#                                  CRLF, trailing spaces and tabs
#   testdata/variants/rs2025-006423.spaces.txt     cells separated by runs of
#                                  spaces, a tab or an ideographic space
#
# NAME is rs2025-006423 and rs2025-006423-a5 (testdata/pdf/, rendered by
# this repo's fixture generator) and rs2025-006423.PRODUCER for the producer
# PDFs testdata/pdf/producers/PRODUCER.pdf (chromium, libreoffice,
# wkhtmltopdf), and rs2025-006423.PRODUCER-sharedcols for their
# PRODUCER-sharedcols.pdf (the RS form's shared column widths). The committed chromium -layout text was made from the
# Chromium PDF before its diagram boxes got rounded corners (commit
# df48d5c); the current PDF's -layout text reads without errors but its
# 効果発現経路 box texts are read one column off (each such box carries an
# unsplit_cell warning): it is kept as rs2025-006423.chromium-rounded.
# pdftotext-layout.txt, so after running this script restore the older
# text with git checkout until that is fixed. Needs poppler-utils
# (installed with apt-get when missing). The outputs are committed: tests
# need nothing installed. The texts by mutool, pdfminer and PyMuPDF are
# made by scripts/make-extractor-texts-more.sh.
set -eu
cd "$(dirname "$0")/.."
if ! command -v pdftotext >/dev/null 2>&1; then
	apt-get update && apt-get install -y poppler-utils
fi
out=testdata/extractors
mkdir -p "$out"

extract() { # PDF NAME
	pdftotext -enc UTF-8 "$1" "$out/$2.pdftotext.txt"
	pdftotext -enc UTF-8 -layout "$1" "$out/$2.pdftotext-layout.txt"
}
extract testdata/pdf/rs2025-006423.pdf rs2025-006423
# A5, smaller type: more wrapping, page breaks inside the budget table and
# the recipient list
extract testdata/pdf/rs2025-006423-a5.pdf rs2025-006423-a5
for p in chromium libreoffice wkhtmltopdf; do
	extract "testdata/pdf/producers/$p.pdf" "rs2025-006423.$p"
	extract "testdata/pdf/producers/$p-sharedcols.pdf" "rs2025-006423.$p-sharedcols"
done
pdftotext -enc UTF-8 -layout testdata/pdf/producers/chromium.pdf "$out/rs2025-006423.chromium-rounded.pdftotext-layout.txt"

src=testdata/rs2025-006423.txt
v=testdata/variants
grep -v '^[[:space:]]*$' "$src" >"$v/rs2025-006423.noblank-all.txt"
# CRLF line ends, blank lines kept, two spaces or a tab after every
# third line (what editors and copy-paste from a browser leave).
awk '{ s = $0; if (NR % 3 == 0) s = s "  "; else if (NR % 3 == 1 && s != "") s = s "\t"; printf "%s\r\n", s }' "$src" >"$v/rs2025-006423.crlf-trailing.txt"
# Cells apart by more than one space: every space between two cells of
# the table rows and label lines becomes a run of three spaces, a tab on
# every fifth such line, an ideographic space on every seventh; leading
# spaces on every fourth line.
awk '{
	sep = "   "
	if (NR % 5 == 0) sep = "\t"
	if (NR % 7 == 0) sep = " \xe3\x80\x80"
	s = $0
	if (index(s, " ") > 0) gsub(/ /, sep, s)
	if (NR % 4 == 0 && s != "") s = "  " s
	print s
}' "$src" >"$v/rs2025-006423.spaces.txt"
ls -l "$out" "$v"
