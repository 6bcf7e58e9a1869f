#!/usr/bin/env bash
# Issue 15's cross-check: the figures of `rsheet summary` over one year of
# the official RS CSVs, recomputed independently by DuckDB from the raw
# CSVs (unpacked from the same ZIPs), side by side:
#   1. 一者応札 share by ministry (国庫債務負担行為等による契約, 5-4)
#   2. the top 10 entities by amount (費目・使途, 5-3)
#   3. 執行額 of the execution year by ministry (2-1)
# and the time and peak RSS of `rsheet summary` over the whole year.
# Usage: scripts/cross-vs-duckdb.sh [RS_DIR]   (default ../shared/rs2024)
# Needs node/npm (DuckDB from npm: @duckdb/node-api, installed into a cache
# folder on first use) and unzip.
set -euo pipefail
cd "$(dirname "$0")/.."
rs=${1:-../shared/rs2024}
work=${TMPDIR:-/tmp}/rsheet-bench
mkdir -p "$work"
[ -d "$rs" ] || { echo "no RS data at $rs" >&2; exit 77; }
if [ ! -d "$work/duck/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$work/duck" && (cd "$work/duck" && npm init -y >/dev/null && npm install --silent @duckdb/node-api >/dev/null)
fi
cat > "$work/duck/cross.mjs" <<'JS'
// Runs the SQL file argv[2] (statements separated by ";\n\n") after
// setting the variables csv and out, prints each result as a table.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const [,, sqlFile, csv, out] = process.argv;
const con = await (await DuckDBInstance.create(':memory:')).connect();
const sql = readFileSync(sqlFile, 'utf8').replaceAll('$CSV', csv).replaceAll('$OUT', out);
for (const q of sql.split(/;\n\n/).map(s => s.trim()).filter(Boolean)) {
  const r = await con.runAndReadAll(q);
  const rows = r.getRowObjectsJson();
  if (rows.length) { console.log('-- ' + q.split('\n')[0]); console.table(rows); }
}
JS

csv="$work/cross-csv"
rm -rf "$csv" && mkdir -p "$csv"
for t in 2-1 5-2 5-3 5-4; do unzip -o -q "$rs"/"$t"_*.zip -d "$csv"; done
(cd "$csv" && for f in *.csv; do mv "$f" "${f%%_*}.csv"; done)   # 5-4.csv …

go build -o "$work/rsheet" ./cmd/rsheet
rm -rf "$work/cross-out"
/usr/bin/time -f "rsheet summary (whole year, ZIPs): %e s wall, %U s user, %M KB peak RSS" \
  "$work/rsheet" summary -q "$rs" >"$work/summary-ministry.txt"
/usr/bin/time -f "rsheet summary -o parquet: %e s wall, %U s user, %M KB peak RSS" \
  "$work/rsheet" summary -q -o "$work/cross-out" "$rs" >/dev/null
node "$work/duck/cross.mjs" scripts/cross-vs-duckdb.sql "$csv" "$work/cross-out"
