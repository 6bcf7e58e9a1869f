#!/bin/sh
# render-report.sh — render `rsheet report` in headless Chromium and save
# a PNG screenshot, to look at the page as a reader sees it.
#
# Usage: scripts/render-report.sh [SHEET.txt] [OUT.png]
#   SHEET.txt  default testdata/rs2025-006423.txt
#   OUT.png    default /tmp/rsheet-report.png (the HTML lands beside it)
#
# Needs Debian's chromium and a Japanese font:
#   apt-get update && apt-get install -y chromium fonts-noto-cjk
# (about 2 minutes on a CI runner). Exit 77 (skipped) when chromium is
# missing, 1 when the render fails or the screenshot is suspiciously
# small. The Go tests never depend on this script.
set -eu

abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
root=$(cd "$(dirname "$0")/.." && pwd)
sheet=$(abs "${1:-$root/testdata/rs2025-006423.txt}")
png=$(abs "${2:-/tmp/rsheet-report.png}")
html=${png%.png}.html

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

go run ./cmd/rsheet report -o "$html" "$sheet"

# The page is static: no JavaScript, no network. --virtual-time-budget
# only lets fonts settle before the shot.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
	--virtual-time-budget=2000 --window-size=1260,3600 \
	--screenshot="$png" "file://$html" >/dev/null 2>&1

size=$(wc -c <"$png")
if [ "$size" -lt 50000 ]; then
	echo "render-report: $png is only $size bytes; the page did not render" >&2
	exit 1
fi
echo "render-report: $html -> $png ($size bytes)"
