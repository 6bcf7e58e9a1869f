#!/bin/sh
# render-report.sh — render `rsheet report` in headless Chromium and save
# a PNG screenshot of the whole page, to look at it as a reader sees it.
#
# Usage: scripts/render-report.sh [INPUT] [OUT.png]
#   INPUT    default testdata/rs2025-006423.txt; any input of rsheet
#            report: a text or PDF sheet, or PATH#YEAR-ID for a project
#            of the RS CSVs (../shared/rs2024#2024-006423)
#   OUT.png  default /tmp/rsheet-report.png (the HTML lands beside it)
#
# Chromium captures its window, not the page: the shot is taken in a
# window RSHEET_SHOT_HEIGHT pixels tall (default 16000) and the empty
# bottom is cut off (scripts/pngtrim), so the PNG holds the whole page.
#
# Needs Debian's chromium and a Japanese font:
#   apt-get update && apt-get install -y chromium fonts-noto-cjk
# (about 2 minutes on a CI runner). Exit 77 (skipped) when chromium is
# missing, 1 when the render fails or the screenshot is suspiciously
# small. The Go tests never depend on this script.
set -eu

abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/testdata/rs2025-006423.txt}
case $input in
*#*) path=${input%#*}; input="$(abs "$path")#${input##*#}" ;;
*) input=$(abs "$input") ;;
esac
png=$(abs "${2:-/tmp/rsheet-report.png}")
html=${png%.png}.html
height=${RSHEET_SHOT_HEIGHT:-16000}

cd "$root"

browser=""
for b in chromium chromium-browser google-chrome; do
	if command -v "$b" >/dev/null 2>&1; then
		browser=$b
		break
	fi
done
if [ -z "$browser" ]; then
	echo "render-report: chromium not installed; skipped" >&2
	exit 77
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ja family 2>/dev/null | head -n 1)" ]; then
	echo "render-report: warning: no Japanese font (fc-list :lang=ja); install fonts-noto-cjk" >&2
fi

go run ./cmd/rsheet report -o "$html" "$input"

# The page is static: no JavaScript, no network. --virtual-time-budget
# only lets fonts settle before the shot.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
raw=${png%.png}.full.png
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
	--disable-background-networking --no-first-run --user-data-dir="$profile" \
	--virtual-time-budget=2000 --window-size=1260,"$height" \
	--screenshot="$raw" "file://$html" >/dev/null 2>&1
go run ./scripts/pngtrim "$raw" "$png"
rm -f "$raw"

size=$(wc -c <"$png")
if [ "$size" -lt 50000 ]; then
	echo "render-report: $png is only $size bytes; the page did not render" >&2
	exit 1
fi
echo "render-report: $html -> $png ($size bytes)"
