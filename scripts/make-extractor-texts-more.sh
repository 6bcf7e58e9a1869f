#!/bin/sh
# Regenerates the sample's texts made by three more extractors of Debian
# 12, for the reviewsheet tests of text "from whatever extractor they
# had" (reviewsheet/extractors_more_test.go):
#
#   testdata/extractors/NAME.mutool.txt    mupdf-tools 1.21:
#                       mutool draw -q -F txt -o OUT PDF
#                       (the structured-text device, default options:
#                       one line per text line, a blank line after each
#                       block, a form feed after each page)
#   testdata/extractors/NAME.pdfminer.txt  python3-pdfminer 20221105:
#                       pdf2txt -o OUT PDF (default LAParams:
#                       line_margin 0.5, char_margin 2.0, word_margin
#                       0.1, boxes_flow 0.5; a blank line after each
#                       text box, a form feed after each page)
#   testdata/extractors/NAME.pymupdf.txt   python3-fitz (PyMuPDF 1.21):
#                       page.get_text() of each page with its default
#                       options ("text": blocks in the order of the
#                       content stream, one line per text line, no
#                       blank lines), the pages joined by a form feed
#                       (as pdftotext does)
#
# NAME is rs2025-006423 for this repo's A4 PDF (testdata/pdf/) and
# rs2025-006423.PRODUCER for the producer PDFs
# testdata/pdf/producers/PRODUCER.pdf (chromium, libreoffice,
# wkhtmltopdf) and rs2025-006423.PRODUCER-sharedcols for
# testdata/pdf/producers/PRODUCER-sharedcols.pdf (the sample drawn with
# the column widths the RS form shares between tables of one kind,
# htmlgen -columns shared), the same PDFs scripts/make-extractor-texts.sh
# makes the pdftotext texts of. The tools are installed with apt-get when missing;
# the outputs are committed: tests need nothing installed.
set -eu
cd "$(dirname "$0")/.."
py=/usr/bin/python3 # Debian's python, which has the python3-* modules
if ! command -v mutool >/dev/null 2>&1 || ! command -v pdf2txt >/dev/null 2>&1 ||
	! "$py" -c 'import fitz' >/dev/null 2>&1; then
	apt-get update && apt-get install -y mupdf-tools python3-pdfminer python3-fitz
fi
out=testdata/extractors
mkdir -p "$out"

extract() { # PDF NAME
	mutool draw -q -F txt -o "$out/$2.mutool.txt" "$1"
	pdf2txt -o "$out/$2.pdfminer.txt" "$1"
	"$py" - "$1" "$out/$2.pymupdf.txt" <<'EOF'
import sys
import fitz

doc = fitz.open(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\f".join(page.get_text() for page in doc))
EOF
}
extract testdata/pdf/rs2025-006423.pdf rs2025-006423
for p in chromium libreoffice wkhtmltopdf; do
	extract "testdata/pdf/producers/$p.pdf" "rs2025-006423.$p"
	extract "testdata/pdf/producers/$p-sharedcols.pdf" "rs2025-006423.$p-sharedcols"
done
ls -l "$out"/*.mutool.txt "$out"/*.pdfminer.txt "$out"/*.pymupdf.txt
