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
# The HTML sources are committed beside them. The producers are not
# byte-deterministic (dates, IDs): rerunning changes the files, and the
# tests read whatever is committed. Tests need nothing installed.
#
# Needs Go and Debian packages, installed when missing (as root):
#   chromium libreoffice-writer-nogui wkhtmltopdf fonts-ipaexfont fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
command -v wkhtmltopdf >/dev/null 2>&1 || need="$need wkhtmltopdf"
[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || need="$need fonts-ipaexfont"
[ -d /usr/share/fonts/opentype/noto ] || need="$need fonts-noto-cjk"
if [ -n "$need" ]; then
	echo "make-producer-fixtures: installing$need" >&2
	apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi

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

	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		--user-data-dir="$work/chromium" --no-pdf-header-footer \
		--print-to-pdf="$out/chromium$sfx.pdf" "file://$out/chromium$sfx.html" 2>/dev/null

	# "HTML (StarWriter)" imports into Writer proper (not Writer/Web), so that
	# the page footer and the page size apply.
	cp "$out/libreoffice$sfx.html" "$work/libreoffice.html"
	soffice --headless -env:UserInstallation="file://$work/lo-profile" \
		--convert-to pdf:writer_pdf_Export --infilter="HTML (StarWriter)" \
		--outdir "$work" "$work/libreoffice.html" >/dev/null 2>&1
	cp "$work/libreoffice.pdf" "$out/libreoffice$sfx.pdf"

	XDG_RUNTIME_DIR=$work wkhtmltopdf -q --page-size A4 -T 14mm -B 16mm -L 12mm -R 12mm \
		"$out/wkhtmltopdf$sfx.html" "$out/wkhtmltopdf$sfx.pdf" 2>/dev/null
}

# Each table as wide as its own cells.
print "" content
# Tables of one kind share their column widths, as the RS form prints them
# (htmlgen/columns.go): the same cells at other places, which pdftotext
# without -layout prints in another order.
print -sharedcols shared

ls -l "$out"
