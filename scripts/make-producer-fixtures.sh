#!/bin/sh
# Regenerates the producer fixtures in testdata/pdf/producers/: the sample
# sheet (testdata/rs2025-006423.txt) rendered as an HTML page in the RS
# bordered-table layout (internal/pdftext/htmlgen), printed to PDF by three
# producers this repo does not control, each twice (NAME.pdf with every
# table as wide as its own cells, NAME-sharedcols.pdf with the column
# widths that tables of one kind share on the RS form):
#   chromium.pdf     headless Chromium (--print-to-pdf; IPAexGothic as a CID
#                    font, faked bold as Type 3 fonts, page numbers from CSS
#                    @page margin boxes)
#   libreoffice.pdf  LibreOffice Writer (HTML import, writer_pdf_Export;
#                    simple TrueType subsets, Asian/Latin autospace, page
#                    numbers from a footer with page fields)
#   wkhtmltopdf.pdf  wkhtmltopdf (Qt WebKit: bold faked by drawing each
#                    glyph twice, the space glyph mapped to U+0009, the page
#                    body filled behind the tables; Debian's build has no
#                    header/footer support, so no page numbers)
# The print commands are in scripts/producer-print.sh (shared with
# scripts/producer-sweep.sh). The HTML sources are committed beside them. The producers are not
# byte-deterministic (dates, IDs): rerunning changes the files, and the
# tests read whatever is committed. Tests need nothing installed.
#
# Needs Go and Debian packages, installed when missing (as root):
#   chromium libreoffice-writer-nogui wkhtmltopdf fonts-ipaexfont fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck source=scripts/producer-print.sh
. "$root/scripts/producer-print.sh"
producer_install

src=$root/testdata/rs2025-006423.txt
out=$root/testdata/pdf/producers
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# print SUFFIX COLUMNS: the three producers' PDFs of the sample drawn with
# htmlgen -columns COLUMNS, as NAME$SUFFIX.pdf (and .html).
print() {
	sfx=$1
	cols=$2
	for p in chromium libreoffice wkhtmltopdf; do
		(cd internal/pdftext/htmlgen &&
			go run . -producer $p -columns "$cols" -in "$src" -out "$out/$p$sfx.html")
	done

	for p in chromium libreoffice wkhtmltopdf; do
		producer_print $p "$out/$p$sfx.html" "$out/$p$sfx.pdf" "$work"
	done
}

# Each table as wide as its own cells.
print "" content
# Tables of one kind share their column widths, as the RS form prints them
# (htmlgen/columns.go): the same cells at other places, which pdftotext
# without -layout prints in another order.
print -sharedcols shared

ls -l "$out"
