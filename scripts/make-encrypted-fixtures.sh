#!/bin/sh
# Regenerates the encrypted PDF fixtures in testdata/pdf/encrypted/ from the
# committed plain fixtures, with qpdf (installed with apt-get if missing).
# Every fixture but one has an empty user password (permissions only, the
# usual case for government PDFs); the owner password is "owner".
#
#   rc4-40.pdf             V1 R2, 40-bit RC4
#   rc4-128.pdf            V2 R3, 128-bit RC4
#   rc4-128-v4-objstm.pdf  V4 R4, RC4 crypt filter (V2), object streams
#   aes-128.pdf            V4 R4, AESV2 crypt filter, metadata in clear
#   aes-256-r5.pdf         V5 R5 (deprecated Adobe extension level 3), AESV3
#   aes-256-r6-objstm.pdf  V5 R6, AESV3, object streams
#   userpw.pdf             V5 R6 with the user password "secret": refused
#
# qpdf picks a new /ID, salts and AES IVs on every run, so the outputs differ
# between runs: they are committed, and tests need nothing installed.
# keys.txt records the file key qpdf reports for each fixture
# (qpdf --show-encryption-key); the key-derivation test checks it.
set -eu
cd "$(dirname "$0")/.."
if ! command -v qpdf >/dev/null 2>&1; then
	apt-get install -y qpdf
fi
in=testdata/pdf/rs2025-006423.pdf
objstm=testdata/pdf/rs2025-006423-lines-objstm.pdf
out=testdata/pdf/encrypted
mkdir -p "$out"
rm -f "$out"/*.pdf "$out/keys.txt"
enc() { # enc OUT IN USER BITS [options]
	o=$1 i=$2 u=$3 bits=$4
	shift 4
	qpdf --allow-weak-crypto --object-streams=preserve --encrypt "$u" owner "$bits" "$@" -- "$i" "$out/$o"
}
enc rc4-40.pdf "$in" "" 40
enc rc4-128.pdf "$in" "" 128 --use-aes=n
enc rc4-128-v4-objstm.pdf "$objstm" "" 128 --use-aes=n --force-V4
enc aes-128.pdf "$in" "" 128 --use-aes=y --cleartext-metadata
enc aes-256-r5.pdf "$in" "" 256 --force-R5
enc aes-256-r6-objstm.pdf "$objstm" "" 256
enc userpw.pdf "$in" secret 256
for f in "$out"/*.pdf; do
	pw=
	[ "$(basename "$f")" = userpw.pdf ] && pw=secret
	key=$(qpdf --password="$pw" --show-encryption-key --show-encryption "$f" | sed -n 's/^Encryption key = //p')
	echo "$(basename "$f") $key" >>"$out/keys.txt"
done
ls -l "$out"
cat "$out/keys.txt"
