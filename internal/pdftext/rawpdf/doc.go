// Package rawpdf is the raw file layer of PDF input: it reads PDF bytes
// without the PDF library, before the library sees them. It holds
//
//   - byte-level scanning (scan.go): white space and delimiters, a name
//     key as a whole name (/Encrypt, not /EncryptMetadata), unsigned
//     integers, big-endian xref fields, PNG row predictors, and the
//     bound on cross-reference chains — shared with pdftext's raw-byte
//     guards;
//
//   - a bounded reader of object syntax (syntax.go, ISO 32000-1
//     §7.2–7.3) that records where every string lies;
//
//   - the cross-reference chain (xref.go): tables, xref streams, hybrid
//     /XRefStm, /Prev, newest section first;
//
//   - decryption (decrypt.go, security.go): [Decrypt] opens a file
//     encrypted with the standard security handler and the empty user
//     password (or the empty owner password) — RC4 40–128 bits (V1, V2,
//     R2–R3), V4 crypt filters RC4 or AES-128 (R4) and AES-256 (V5, R5
//     and R6) — and writes an unencrypted file: every object copied with
//     its strings and streams decrypted, a new cross-reference section.
//     security.go states the key derivation (Algorithms 2, 2.A, 2.B).
//
// The layer is our own (standard library crypto only) because the PDF
// library decrypts RC4 and AES-128 but fails every stream of a 40-bit RC4
// file and refuses AES-256; and because its output is unencrypted, the
// caller's raw-byte guards can run again on bytes where object streams
// are in clear.
//
// Errors wrap the sentinels of internal/pdferr (test with errors.Is):
// pdferr.ErrEncrypted for a file that needs a password or uses another
// handler (public-key, custom), pdferr.ErrMalformed for a broken encryption
// dictionary, cross-reference chain or ciphertext, pdferr.ErrLimit for a
// bound exceeded (object numbers, chain length, streams with a wrong
// /Length). The message is "sentinel: detail"; pdftext wraps it in its
// *Error unchanged. Nothing here panics on input.
//
// It holds: raw PDF bytes → lexing, cross-reference chain, decryption (the standard security handler).
// It imports: the standard library and internal/pdferr.
// It must never import: the PDF library (ledongthuc/pdf), internal/pdftext, or anything of reviewsheet.
package rawpdf
