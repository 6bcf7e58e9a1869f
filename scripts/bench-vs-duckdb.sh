#!/usr/bin/env bash
# Issue 8's performance comparison, side by side in one run:
#   rsheet export -format parquet over the official 2024 ZIPs
#   versus DuckDB converting the same CSVs (unpacked) to zstd Parquet.
# Usage: scripts/bench-vs-duckdb.sh [RS_DIR]   (default ../shared/rs2024)
# Needs node/npm (DuckDB comes from npm: @duckdb/node-api, installed into a
# cache folder on first use) and unzip. Prints wall times and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
rs=${1:-../shared/rs2024}
work=${TMPDIR:-/tmp}/rsheet-bench
mkdir -p "$work"
[ -d "$rs" ] || { echo "no RS data at $rs" >&2; exit 77; }

# DuckDB (once)
if [ ! -d "$work/duck/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$work/duck" && (cd "$work/duck" && npm init -y >/dev/null && npm install --silent @duckdb/node-api >/dev/null)
fi
cat > "$work/duck/convert.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
import { readdirSync, mkdirSync } from 'node:fs';
const [,, inDir, outDir] = process.argv;
mkdirSync(outDir, { recursive: true });
const con = await (await DuckDBInstance.create(':memory:')).connect();
for (const f of readdirSync(inDir).filter(n => n.endsWith('.csv')).sort()) {
  const q = s => s.replaceAll("'", "''");
  await con.run(`COPY (SELECT * FROM read_csv('${q(inDir + '/' + f)}', all_varchar=true)) TO '${q(outDir + '/' + f.replace(/\.csv$/, '.parquet'))}' (FORMAT parquet, COMPRESSION zstd)`);
}
JS

# the unpacked CSVs DuckDB reads (unpacking is not timed)
rm -rf "$work/csv" && mkdir -p "$work/csv"
for z in "$rs"/*.zip; do unzip -o -q "$z" -d "$work/csv"; done

go build -o "$work/rsheet" ./cmd/rsheet
fmt="%e s wall, %U s user, %S s sys, %P CPU, %M KB peak RSS"
for i in 1 2 3; do
  rm -rf "$work/out-rsheet" "$work/out-duckdb"
  echo "run $i"
  /usr/bin/time -f "  rsheet export -format parquet (ZIPs): $fmt" "$work/rsheet" export -q -format parquet -o "$work/out-rsheet" "$rs" >/dev/null
  /usr/bin/time -f "  duckdb read_csv → parquet zstd (CSVs): $fmt" node "$work/duck/convert.mjs" "$work/csv" "$work/out-duckdb"
done
