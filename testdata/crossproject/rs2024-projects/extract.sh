#!/bin/sh
# Copies the 2024 rows of the projects of the 2025 fixtures
# (testdata/rscsv/2025 and testdata/rscsv/handmade-006423) out of the
# official 2024 RS CSV zips, each table's header first, byte for byte
# (UTF-8 BOM, CRLF): 1-1 (ministry), 1-2 (事業名, 旧事業番号), 2-1 (budget
# years) for the multi-year join, and 5-2, 5-3, 5-4 for the 2024 entities.
# Usage: testdata/crossproject/rs2024-projects/extract.sh ../shared/rs2024
# Needs unzip (Debian: apt-get install unzip).
set -eu
src=${1:-../shared/rs2024}
dir=$(dirname "$0")
ids='11|884|1319|3522|6423|18556|21625'
for t in 1-1 1-2 2-1 5-2 5-3 5-4; do
	z=$(ls "$src"/"$t"_*.zip)
	name=$(unzip -Z1 "$z" | head -1)
	out="$dir/$name"
	unzip -p "$z" | head -1 >"$out"
	unzip -p "$z" | grep -E "^[^,]*,2024,($ids)," >>"$out" || true
	[ "$(wc -l <"$out")" -gt 1 ] || rm -f "$out"
done
