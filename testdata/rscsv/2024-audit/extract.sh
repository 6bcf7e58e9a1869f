#!/bin/sh
# Copies the rows of the projects named in ids.txt (予算事業ID as the CSV
# writes it, without leading zeros) out of the official 2024 RS CSV zips,
# with each table's header row, byte for byte (UTF-8 BOM, CRLF). Only the
# tables the checks read are copied (1-2, 1-3, 1-4, 2-2 and 6-1 feed no
# finding of the 2024 set).
# Usage: testdata/rscsv/2024-audit/extract.sh ../shared/rs2024
# Needs unzip (Debian: apt-get install unzip).
set -eu
src=${1:-../shared/rs2024}
dir=$(dirname "$0")
pat=$(grep -v '^#' "$dir/ids.txt" | awk '{print $1}' | paste -sd'|' -)
for t in 1-1 1-5 2-1 3-2 4-1 5-2 5-3 5-4; do
	z=$(ls "$src"/"$t"_*.zip)
	name=$(unzip -Z1 "$z" | head -1)
	out="$dir/$name"
	unzip -p "$z" | head -1 >"$out"
	unzip -p "$z" | grep -E "^[^,]*,2024,($pat)," >>"$out" || true
	[ "$(wc -l <"$out")" -gt 1 ] || rm -f "$out"
done
