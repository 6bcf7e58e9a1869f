package pdftext

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/rsheet/rsheet/internal/pdftext/rawpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const encryptedDir = "../../testdata/pdf/encrypted"

// encryptedFixtures are the files of scripts/make-encrypted-fixtures.sh
// with an empty user password, each with the plain fixture it was made
// from.
func encryptedFixtures(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(encryptedDir, "*.pdf"))
	require.NoError(t, err)
	out := make(map[string]string)
	for _, p := range paths {
		if filepath.Base(p) == "userpw.pdf" {
			continue
		}
		src := "../../testdata/pdf/rs2025-006423.pdf"
		if strings.HasSuffix(p, "-objstm.pdf") {
			src = "../../testdata/pdf/rs2025-006423-lines-objstm.pdf"
		}
		out[p] = src
	}
	require.Len(t, out, 6, "encrypted fixtures missing (scripts/make-encrypted-fixtures.sh)")
	return out
}

// TestEncryptedFixturesExtract: every handler (RC4 40 and 128 bits, V4
// RC4 and AES-128 crypt filters, AES-256 R5 and R6, with and without
// object streams) decrypts with the empty user password, and the text is
// the text of the unencrypted file it was made from.
func TestEncryptedFixturesExtract(t *testing.T) {
	for enc, plain := range encryptedFixtures(t) {
		t.Run(filepath.Base(enc), func(t *testing.T) {
			want, err := ExtractBytes(readFile(t, plain), Options{})
			require.NoError(t, err)
			got, err := ExtractBytes(readFile(t, enc), Options{})
			require.NoError(t, err)
			require.Equal(t, want.Pages, got.Pages)
		})
	}
}

// TestPrecheckDecrypted: the raw-byte guards pass on every decrypted
// fixture (they run again after decryption, where object streams are in
// clear), and the decrypted file has no /Encrypt left.
func TestPrecheckDecrypted(t *testing.T) {
	for _, path := range sortedKeys(encryptedFixtures(t)) {
		out, err := rawpdf.Decrypt(readFile(t, path), DefaultMaxObjects)
		require.NoError(t, err, path)
		assert.False(t, rawpdf.HasKey(out, "/Encrypt"), path)
		require.NoError(t, precheck(out, Options{}.withDefaults()), path)
	}
}

// TestUserPasswordRefused: a file that needs a password is ErrEncrypted,
// and the message says so.
func TestUserPasswordRefused(t *testing.T) {
	e := extractErr(t, readFile(t, filepath.Join(encryptedDir, "userpw.pdf")), Options{})
	assert.ErrorIs(t, e, ErrEncrypted)
	assert.Contains(t, e.Error(), "a password is required")
	assert.Equal(t, 0, e.Page)
}

// smallEncrypted is the small one-page document ("Hello") encrypted with
// handler kind and password pair name, written by rawpdf's encryptor
// (go test ./internal/pdftext/rawpdf -run Golden -update).
func smallEncrypted(kind, name string) string {
	return filepath.Join(smallEncryptedDir, kind+"-"+name+".pdf")
}

const smallEncryptedDir = "rawpdf/testdata/small"

// TestEmptyOwnerPassword: a file with a user password but an empty owner
// password opens (R ≤ 4: Algorithm 7; R5, R6: the owner hash and /OE),
// as it does in a viewer; with both passwords set it is refused. The
// empty-user files are the small documents of each handler.
func TestEmptyOwnerPassword(t *testing.T) {
	for _, kind := range []string{"rc4-40", "rc4-128", "aes-128", "aes-256-r5", "aes-256"} {
		for _, tt := range []struct {
			name string // passwords: user "" and owner "owner", "secret" and "", "secret" and "owner"
			ok   bool
		}{
			{"empty-user", true},
			{"empty-owner", true},
			{"both-set", false},
		} {
			t.Run(kind+" "+tt.name, func(t *testing.T) {
				src := readFile(t, smallEncrypted(kind, tt.name))
				doc, err := ExtractBytes(src, Options{})
				if !tt.ok {
					require.ErrorIs(t, err, ErrEncrypted)
					assert.Contains(t, err.Error(), "password is required")
					return
				}
				require.NoError(t, err)
				assert.Equal(t, "Hello\n", doc.Text())
			})
		}
	}
}

// TestCryptFilterIdentity: a V4 file whose content stream carries a
// /Crypt filter naming Identity is read without decrypting that stream,
// and the /Crypt filter is removed for the library: the rewritten file
// extracts.
func TestCryptFilterIdentity(t *testing.T) {
	// The file is rawpdf's rewrite of the V4 file (its
	// TestCryptFilterIdentityGolden).
	out := readFile(t, "rawpdf/testdata/crypt-identity.pdf")
	assert.NotContains(t, string(out), "/Crypt")
	doc, err := ExtractBytes(out, Options{})
	require.NoError(t, err)
	assert.Equal(t, "Plain\n", doc.Text())
}

// TestMalformedEncryption: hand-made broken or unsupported encryption
// dictionaries give a typed error naming the problem, never a panic.
func TestMalformedEncryption(t *testing.T) {
	o32 := strings.Repeat("ab", 32)
	o48 := strings.Repeat("ab", 48)
	tests := []struct {
		name, dict string
		sentinel   error
		msg        string
	}{
		{"public key", "<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>", ErrEncrypted, "/Adobe.PubSec"},
		{"no filter", "<< /V 2 /R 3 >>", ErrEncrypted, "handler /(none)"},
		{"unknown revision", "<< /Filter /Standard /V 3 /R 3 >>", ErrEncrypted, "V 3 R 3 is not supported"},
		{"short U", "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + o32 + "> /U <0102> >>", ErrMalformed, "/U is 2 bytes"},
		{"missing O", "<< /Filter /Standard /V 1 /R 2 /P -4 /U <" + o32 + "> >>", ErrMalformed, "/O is missing"},
		{"O not a string", "<< /Filter /Standard /V 1 /R 2 /P -4 /O 5 /U <" + o32 + "> >>", ErrMalformed, "/O is not a string"},
		{"no P", "<< /Filter /Standard /V 1 /R 2 /O <" + o32 + "> /U <" + o32 + "> >>", ErrMalformed, "/P"},
		{"bad key length", "<< /Filter /Standard /V 2 /R 3 /Length 44 /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrMalformed, "key length 44"},
		{"huge key length", "<< /Filter /Standard /V 2 /R 3 /Length 99999999999 /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrMalformed, "key length"},
		{"undefined crypt filter", "<< /Filter /Standard /V 4 /R 4 /StmF /Nope /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrMalformed, "/Nope"},
		{"CFM None", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /None >> >> /StmF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrEncrypted, "/CFM /None"},
		{"AESV3 in V4", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /AESV3 >> >> /StmF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrEncrypted, "/CFM /AESV3"},
		{"wrong password R4", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /AESV2 >> >> /StmF /X /StrF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", ErrEncrypted, "password is required"},
		{"short U R6", "<< /Filter /Standard /V 5 /R 6 /CF << /X << /CFM /AESV3 >> >> /StmF /X /StrF /X /P -4 /O <" + o48 + "> /U <" + o32 + "> >>", ErrMalformed, "/U is 32 bytes, want a string of 48"},
		{"wrong password R6", "<< /Filter /Standard /V 5 /R 6 /CF << /X << /CFM /AESV3 >> >> /StmF /X /StrF /X /P -4 /O <" + o48 + "> /U <" + o48 + "> /UE <" + o32 + "> /OE <" + o32 + "> >>", ErrEncrypted, "password is required"},
		{"wrong password R5", "<< /Filter /Standard /V 5 /R 5 /P -4 /O <" + o48 + "> /U <" + o48 + "> >>", ErrEncrypted, "password is required"},
		{"not a dictionary", "[1 2 3]", ErrMalformed, "not a dictionary"},
		{"unterminated", "<< /Filter /Standard /O <ab", ErrMalformed, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			n := d.Add(tt.dict)
			d.Trailer = fmt.Sprintf("/Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00>]", n)
			e := extractErr(t, d.Bytes(nil), Options{})
			assert.ErrorIs(t, e, tt.sentinel)
			assert.Contains(t, e.Error(), tt.msg)
		})
	}
}

// TestMalformedEncryptedFile: broken structure around the encryption
// dictionary: a dangling /Encrypt reference, an inline dictionary, bad
// ciphertext, a missing /ID, wrong offsets.
func TestMalformedEncryptedFile(t *testing.T) {
	src := readFile(t, filepath.Join(encryptedDir, "aes-128.pdf"))
	e := extractErr(t, bytes.Replace(src, []byte("/Encrypt "), []byte("/Encrypt 9"), 1), Options{})
	assert.ErrorIs(t, e, ErrMalformed)

	d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	d.Trailer = "/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <00> /U <00> >>"
	e = extractErr(t, d.Bytes(nil), Options{})
	assert.ErrorIs(t, e, ErrMalformed)
	assert.Contains(t, e.Error(), "/O is 1 bytes")

	// No /ID: the key is computed with an empty ID, and does not match.
	e = extractErr(t, bytes.Replace(src, []byte("/ID ["), []byte("/XX ["), 1), Options{})
	assert.ErrorIs(t, e, ErrEncrypted)

	// (AES data that is not an IV and whole blocks: rawpdf's
	// TestMalformedEncryptedFile.)

	// Wrong xref offset of an object.
	d = minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	n := d.Add("<< /Filter /Standard /V 1 /R 2 >>")
	d.Trailer = fmt.Sprintf("/Encrypt %d 0 R", n)
	e = extractErr(t, d.Bytes(map[int]int{n: 3}), Options{})
	assert.ErrorIs(t, e, ErrMalformed)
}

// TestDecryptTruncations: every prefix-truncation of an encrypted
// fixture ends in a document or a typed error.
func TestDecryptTruncations(t *testing.T) {
	src := readFile(t, filepath.Join(encryptedDir, "aes-256-r6-objstm.pdf"))
	for _, cut := range []int{10, 1000, len(src) / 2, len(src) - 200, len(src) - 30} {
		doc, err := ExtractBytes(src[:cut], Options{})
		if err != nil {
			var e *Error
			require.ErrorAs(t, err, &e)
			continue
		}
		require.NotNil(t, doc)
	}
}
