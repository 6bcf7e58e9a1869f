#!/bin/sh
# Regenerates the producer fixtures in testdata/pdf/producers/: the sample
# sheet (testdata/rs2025-006423.txt) rendered as an HTML page in the RS
# bordered-table layout (internal/pdftext/htmlgen), printed to PDF by two
# producers this repo does not control:
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

(cd internal/pdftext/htmlgen &&
	go run . -producer chromium -in "$src" -out "$out/chromium.html" &&
	go run . -producer libreoffice -in "$src" -out "$out/libreoffice.html" &&
	go run . -producer wkhtmltopdf -in "$src" -out "$out/wkhtmltopdf.html")

chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	--disable-component-update --disable-sync --no-first-run \
	--user-data-dir="$work/chromium" --no-pdf-header-footer \
	--print-to-pdf="$out/chromium.pdf" "file://$out/chromium.html" 2>/dev/null

# "HTML (StarWriter)" imports into Writer proper (not Writer/Web), so that
# the page footer and the page size apply.
cp "$out/libreoffice.html" "$work/libreoffice.html"
soffice --headless -env:UserInstallation="file://$work/lo-profile" \
	--convert-to pdf:writer_pdf_Export --infilter="HTML (StarWriter)" \
	--outdir "$work" "$work/libreoffice.html" >/dev/null 2>&1
cp "$work/libreoffice.pdf" "$out/libreoffice.pdf"

XDG_RUNTIME_DIR=$work wkhtmltopdf -q --page-size A4 -T 14mm -B 16mm -L 12mm -R 12mm \
	"$out/wkhtmltopdf.html" "$out/wkhtmltopdf.pdf" 2>/dev/null

ls -l "$out"
