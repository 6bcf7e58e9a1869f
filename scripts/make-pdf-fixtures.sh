#!/bin/sh
# Regenerates the PDF fixtures in testdata/pdf/ from testdata/rs2025-006423.txt.
# Needs Go and two Debian font packages:
#   apt-get install -y fonts-ipaexfont fonts-dejavu-core
# (IPAexGothic for the text, DejaVu Sans for the few characters IPAex lacks,
# such as ∕ U+2215).
# Output is byte-identical between runs; tests need nothing installed because
# the PDFs are committed.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
font=${FONT:-/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf}
fallback=${FALLBACK_FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}
for f in "$font" "$fallback"; do
	if [ ! -f "$f" ]; then
		echo "make-pdf-fixtures: $f not found (apt-get install -y fonts-ipaexfont fonts-dejavu-core)" >&2
		exit 1
	fi
done
src=$root/testdata/rs2025-006423.txt
out=$root/testdata/pdf
mkdir -p "$out"
cd internal/pdftext/fixturegen
# A4 portrait, the layout of the published sheet.
go run . -font "$font" -fallback "$fallback" -in "$src" -out "$out/rs2025-006423.pdf"
# A5 with a smaller font: more pages, and forced page breaks inside the
# budget table (before 前年度から繰越し) and inside the recipient list
# (between a 支出先名 header row and its recipient).
go run . -font "$font" -fallback "$fallback" -in "$src" -out "$out/rs2025-006423-a5.pdf" \
	-w 419.53 -h 595.28 -margin 28 -size 6.5 \
	-break "前年度から繰越し -- 700,540,株式会社野村総合研究所 142,172"
# A4 again, with cell borders drawn as ruling lines instead of rectangles,
# and rewritten the way newer producers write: objects in a compressed
# object stream, a compressed cross-reference stream.
rm -f "$out/rs2025-006423-objstm.pdf"
go run . -font "$font" -fallback "$fallback" -in "$src" -out "$out/rs2025-006423-lines-objstm.pdf" -rules -objstm
ls -l "$out"
