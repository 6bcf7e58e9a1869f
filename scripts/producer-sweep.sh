#!/bin/sh
# The PDF path on many sheets printed by producers this repo does not
# control (issue 17): for a deterministic selection of the 2024 RS sheets,
#   1. format the sheet to text with the repo's formatter
#      (`rsheet render -o DIR ../shared/rs2024`, package sheetfmt: every
#      sheet as YEAR-ID.txt; the selection is every EVERY-th file in
#      予算事業ID order, counting from the first: -e 113 picks 51 of the
#      5,664 sheets, 2024-000001 first);
#   2. draw it as an HTML page in the RS bordered-table layout
#      (internal/pdftext/htmlgen -producer P -columns content|shared; a
#      form feed of the text goes in as a blank line, as TestRoundTripPDF
#      does for fixturegen);
#   3. print the page with headless Chromium, LibreOffice Writer and
#      wkhtmltopdf (scripts/producer-print.sh, the commands of
#      make-producer-fixtures.sh);
#   4. parse each PDF strictly with the repo's PDF path (`rsheet parse
#      X.pdf`) and compare the Sheet with the text's own strict parse,
#      value by value (internal/sweepcmp; JSON, `source` ignored). The
#      allowances, each a difference of layout, not content (sweepcmp's
#      doc): outcome.overview set aside (the box order of the 効果発現経路
#      overview is each producer's reading order of the diagram, Chromium's
#      rounded boxes included: boxOrderAside in the tests); U+3000 read
#      back as a space (producers draw no glyph for it); 〜 U+301C for
#      ～ U+FF5E (one glyph in IPAexGothic, which Chromium and Qt name by
#      the lower code point); a private-use character of the text (a
#      Wingdings bullet) printed as nothing or a gap; for LibreOffice, a
#      space between full-width and ASCII letters/digits (Writer's
#      Asian/Latin autospace).
# It prints a summary table per producer × column mode (PDFs, strict parse
# OK, equal, and the others grouped by class: the first differing path
# with array indices dropped, or the label of the first parse error).
#
# Usage: scripts/producer-sweep.sh [-e EVERY] [-s SKIP] [-n MAX] [-p "PRODUCERS"]
#                                  [-c "content shared"] [-i "IDS"] [-r]
#                                  [OUTDIR]
# -s skips SKIP files before the first pick (-e 57 -s 28: another 99
# sheets, 2024-000056 first); -n stops after MAX
# sheets; -i picks the sheets by name instead (e.g. -i "2024-000997 2024-000342");
# -r reuses the PDFs already in OUTDIR (parses and compares again, with
# the current tree's rsheet: before/after figures on the same files).
# OUTDIR (default: a mktemp directory, kept) receives bin/, txt/ (the
# selected texts), pdf/ (HTML, PDF, JSON, errors per sheet × producer ×
# mode), results.tsv (sheet, producer, mode, status, class, detail) and
# summary.txt. Nothing is written into the repository. A PDF takes about
# 1.6 s (print and parse, one at a time); run big sweeps in the background:
#   scripts/producer-sweep.sh /tmp/sweep > /tmp/sweep.log 2>&1 &
#
# Needs Go, ../shared/rs2024 (the official 2024 bulk CSVs) and Debian
# packages installed when missing (as root, scripts/producer-print.sh):
#   chromium libreoffice-writer-nogui wkhtmltopdf fonts-ipaexfont fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

every=113
skip=0
max=0
producers="chromium libreoffice wkhtmltopdf"
modes="content shared"
reuse=0
ids=""
while getopts e:s:n:p:c:i:r opt; do
	case $opt in
	e) every=$OPTARG ;;
	s) skip=$OPTARG ;;
	n) max=$OPTARG ;;
	p) producers=$OPTARG ;;
	c) modes=$OPTARG ;;
	r) reuse=1 ;;
	i) ids=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -ge 1 ]; then
	out=$1
	mkdir -p "$out"
else
	out=$(mktemp -d /tmp/producer-sweep.XXXXXX)
fi
out=$(cd "$out" && pwd)
csv=${RS2024:-$root/../shared/rs2024}
[ -d "$csv" ] || {
	echo "producer-sweep: $csv is absent (the 2024 RS bulk CSVs)" >&2
	exit 1
}

# shellcheck source=scripts/producer-print.sh
. "$root/scripts/producer-print.sh"
producer_install

bin=$out/bin
mkdir -p "$bin" "$out/txt" "$out/pdf" "$out/work"
# RSHEET=/path/to/rsheet parses with another build (an older tree's, for
# before/after figures on the same PDFs with -r).
if [ -n "${RSHEET:-}" ]; then
	cp "$RSHEET" "$bin/rsheet"
else
	go build -o "$bin/rsheet" ./cmd/rsheet
fi
go build -o "$bin/sweepcmp" ./internal/sweepcmp
(cd internal/pdftext/htmlgen && go build -o "$bin/htmlgen" .)

# 1. every sheet formatted, then the selection kept
all=$out/work/all
rm -rf "$all"
"$bin/rsheet" render -o "$all" "$csv"
if [ -n "$ids" ]; then
	for i in $ids; do echo "$i.txt"; done >"$out/selection.txt"
else
	ls "$all" | LC_ALL=C sort | awk -v e="$every" -v s="$skip" -v n="$max" \
		'NR > s && (NR - 1 - s) % e == 0 && (n == 0 || ++k <= n)' >"$out/selection.txt"
fi
while read -r f; do
	cp "$all/$f" "$out/txt/$f"
done <"$out/selection.txt"
rm -rf "$all"
echo "producer-sweep: $(wc -l <"$out/selection.txt") sheets (every ${every}th from file $((skip + 1))), producers: $producers, columns: $modes -> $out" >&2

res=$out/results.tsv
: >"$res"
# class PATH: the path with array indices dropped
class() { printf '%s\n' "$1" | sed 's/\[[0-9]*\]/[]/g'; }

while read -r f; do
	id=${f%.txt}
	d=$out/pdf/$id
	mkdir -p "$d"
	tr '\f' '\n' <"$out/txt/$f" >"$d/text.txt"
	if ! "$bin/rsheet" parse "$out/txt/$f" >"$d/text.json" 2>"$d/text.err"; then
		for p in $producers; do for m in $modes; do
			printf '%s\t%s\t%s\ttext-error\t%s\t%s\n' "$id" "$p" "$m" "text" "$(head -1 "$d/text.err")" >>"$res"
		done; done
		continue
	fi
	for m in $modes; do
		for p in $producers; do
			n=$d/$p-$m
			if [ "$reuse" = 0 ] || [ ! -s "$n.pdf" ]; then
				"$bin/htmlgen" -producer "$p" -columns "$m" -in "$d/text.txt" -out "$n.html"
				rm -f "$n.pdf"
				producer_print "$p" "$n.html" "$n.pdf" "$out/work" || true
			fi
			if [ ! -s "$n.pdf" ]; then
				printf '%s\t%s\t%s\tprint-error\tprint\t\n' "$id" "$p" "$m" >>"$res"
				continue
			fi
			if ! "$bin/rsheet" parse "$n.pdf" >"$n.json" 2>"$n.err"; then
				# FILE:pP:LL:C: label: message → label
				e=$(head -1 "$n.err")
				lab=$(printf '%s\n' "$e" | sed 's/^[^ ]*: //; s/:.*//')
				printf '%s\t%s\t%s\tparse-error\t%s\t%s\n' "$id" "$p" "$m" "parse: $lab" "$e" >>"$res"
				continue
			fi
			r=$("$bin/sweepcmp" -producer "$p" "$d/text.json" "$n.json")
			case $r in
			equal*) printf '%s\t%s\t%s\tequal\t%s\t\n' "$id" "$p" "$m" "${r#equal}" >>"$res" ;;
			*)
				path=${r#differ }
				path=${path%% *}
				printf '%s\t%s\t%s\tdiffer\t%s\t%s\n' "$id" "$p" "$m" "$(class "$path")" "$r" >>"$res"
				;;
			esac
		done
	done
	echo "producer-sweep: $id done" >&2
done <"$out/selection.txt"

# summary: per producer × mode, then the classes of the others (most
# frequent first), each with its sheets
{
	printf '%-12s %-8s %5s %10s %6s\n' producer columns PDFs "parse OK" equal
	awk -F '\t' '
	{ k = $2 " " $3; n[k]++; if ($4 == "equal" || $4 == "differ") ok[k]++; if ($4 == "equal") eq[k]++ }
	END { for (k in n) { split(k, a, " "); printf "%-12s %-8s %5d %10d %6d\n", a[1], a[2], n[k], ok[k], eq[k] } }' "$res" | LC_ALL=C sort
	echo
	awk -F '\t' '
	$4 != "equal" { c = $4 ": " $5; cls[c]++; ex[c] = ex[c] (ex[c] == "" ? "" : " ") $1 "/" $2 "/" $3 }
	END { for (c in cls) printf "%4d\t%s\t%s\n", cls[c], c, ex[c] }' "$res" |
		LC_ALL=C sort -t "$(printf '\t')" -k1,1nr -k2,2 | awk -F '\t' '{ printf "%s  %s\n      %s\n", $1, $2, substr($3, 1, 300) }'
	awk -F '\t' '$4 == "equal" && $5 != "" { a[$5]++ } END { for (k in a) printf "equal with allowance%s: %d\n", k, a[k] }' "$res" | LC_ALL=C sort
} | tee "$out/summary.txt"
