#!/bin/sh
# Regenerates testdata/pdf/producers/sweep/: sheets of the 2024 RS CSVs on
# which scripts/producer-sweep.sh found a failure of the PDF path, each
# printed by the producer that showed it (content-width columns), beside
# the sheet text it was drawn from (ID.txt, `rsheet render`):
#   2024-000997-libreoffice.pdf  LibreOffice's autospace after "Ⅰ" at the
#                                start of a cell (Ⅰ地域別外交 read as
#                                "Ⅰ 地域別外交": a strict parse error)
#   2024-000342-wkhtmltopdf.pdf  IPAexGothic's glyph of 巳 written as the
#                                radical ⺒ U+2E92 into ToUnicode
#   2024-002957-wkhtmltopdf.pdf  a 補助率等 row whose 補助対象 wraps (five
#                                lines) beside one-line cells
#   2024-019867-wkhtmltopdf.pdf  the same with a wrapped URL after the
#                                one-line cells ("2/3 無", then the URL)
#   2024-000715-wkhtmltopdf.pdf  補助対象 and 補助率 on one line, then a
#                                wrapped 補助上限等, then "--"
#   2024-001124-wkhtmltopdf.pdf  the minus sign − of "2023−2024" named
#                                U+00AD (soft hyphen) in ToUnicode
#   2024-002965-libreoffice.pdf  autospace between Latin letters and
#                                half-width katakana (ChromiumNextGEMｼﾝｸﾞﾙ)
#   2024-005657-libreoffice.pdf  autospace between a circled number set as
#                                Asian and ASCII letters (、④PMH)
#   2024-019584-chromium.pdf     the heading 点検・評価 straddles a page
#                                break: Chromium draws it at the foot of
#                                page 2 and again above page 3's clip
#                                (internal/pdftext/clip.go)
# And in reported/, a sheet whose PDF prints a figure so that it cannot be
# read, which the parse must report (TestSweepPDFReported):
#   reported/2024-020056-libreoffice.pdf  the 金額 117,326 of 費目・使途 B
#                                wrapped inside its cell ("117,32" / "6"):
#                                read as 6 千円 before the guard
#   reported/2024-000213-libreoffice.pdf  the 金額 64 of 費目・使途 F cut off
#                                at the page edge: the row took row G's
#                                2,056 before the guard
# Usage: scripts/make-sweep-fixtures.sh [ID:PRODUCER...] (default: all
# of the above; reported/ ones as reported/ID:PRODUCER).
# TestSweepPDFEqualsText (reviewsheet/pdfsheet) parses each strictly and
# compares it with its text's parse. The producers are not
# byte-deterministic: rerunning changes the PDFs.
#
# Needs what scripts/producer-sweep.sh needs (Go, ../shared/rs2024, the
# producers and fonts, installed with apt-get when missing).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
dst=$root/testdata/pdf/producers/sweep
mkdir -p "$dst"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

list=${*:-2024-000997:libreoffice 2024-000342:wkhtmltopdf 2024-002957:wkhtmltopdf 2024-019867:wkhtmltopdf 2024-000715:wkhtmltopdf 2024-001124:wkhtmltopdf 2024-002965:libreoffice 2024-005657:libreoffice 2024-019584:chromium reported/2024-020056:libreoffice reported/2024-000213:libreoffice}
for f in $list; do
	sub=""
	case $f in reported/*) sub=reported/ f=${f#reported/} ;; esac
	id=${f%%:*}
	p=${f#*:}
	mkdir -p "$dst/$sub"
	sh scripts/producer-sweep.sh -i "$id" -p "$p" -c content "$work/$id" >/dev/null
	cp "$work/$id/pdf/$id/$p-content.pdf" "$dst/$sub$id-$p.pdf"
	cp "$work/$id/txt/$id.txt" "$dst/$sub$id.txt"
done
ls -l "$dst"
