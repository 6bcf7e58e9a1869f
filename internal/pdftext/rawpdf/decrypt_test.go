package rawpdf

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/internal/pdferr"
	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The end-to-end tests of decryption (every fixture extracts to the text
// of its plain source, errors are *Error values of the whole file) are
// pdftext's decrypt_test.go; these test the layer itself.

const helloContent = "BT /F1 10 Tf 20 250 Td (Hello) Tj ET"

// ownerCases are the password pairs of the owner-password tests and of
// the golden documents under testdata/small (named kind-case.pdf).
var ownerCases = []struct {
	name, user, owner string
	ok                bool
}{
	{"empty-user", "", "owner", true},
	{"empty-owner", "secret", "", true},
	{"both-set", "secret", "owner", false},
}

var kinds = []string{"rc4-40", "rc4-128", "aes-128", "aes-256-r5", "aes-256"}

// decryptErr decrypts src and returns its error, which must wrap a
// pdferr sentinel.
func decryptErr(t *testing.T, src []byte) error {
	t.Helper()
	out, err := Decrypt(src, maxObjects)
	require.Error(t, err)
	require.Nil(t, out)
	require.True(t, errors.Is(err, pdferr.ErrMalformed) || errors.Is(err, pdferr.ErrEncrypted) || errors.Is(err, pdferr.ErrLimit), "%v", err)
	return err
}

// TestEncryptionKeys: the file key derived from the empty password is
// the one qpdf reports for the fixture (keys.txt, written by the fixture
// script), and the decrypted file has no /Encrypt left.
func TestEncryptionKeys(t *testing.T) {
	f, err := os.Open(filepath.Join(encryptedDir, "keys.txt"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		name, key, ok := strings.Cut(sc.Text(), " ")
		require.True(t, ok, sc.Text())
		if name == "userpw.pdf" {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			src := readFile(t, filepath.Join(encryptedDir, name))
			sec := openFixture(t, src)
			assert.Equal(t, key, hex.EncodeToString(sec.key))
			out, err := Decrypt(src, maxObjects)
			require.NoError(t, err)
			assert.False(t, HasKey(out, "/Encrypt"))
		})
	}
	assert.Equal(t, 6, n)
}

// openFixture opens the security handler of an encrypted file.
func openFixture(t *testing.T, src []byte) *security {
	t.Helper()
	x, err := readXrefTable(src, maxObjects)
	require.NoError(t, err)
	ref := x.trailer.key("Encrypt")
	require.Equal(t, pRef, ref.kind)
	enc, _, err := x.object(src, ref.n, x.pos[ref.n])
	require.NoError(t, err)
	id := x.trailer.key("ID")
	require.Equal(t, pArray, id.kind)
	sec, err := openSecurity(enc, id.elems[0].b)
	require.NoError(t, err)
	return sec
}

// TestNotEncrypted: a file whose trailer names no /Encrypt comes back
// unchanged.
func TestNotEncrypted(t *testing.T) {
	src := minipdf.TextPage(helloContent, "").Bytes(nil)
	out, err := Decrypt(src, maxObjects)
	require.NoError(t, err)
	assert.Equal(t, src, out)
}

// TestUserPasswordRefused: a file that needs a password is
// pdferr.ErrEncrypted, and the message says so.
func TestUserPasswordRefused(t *testing.T) {
	err := decryptErr(t, readFile(t, filepath.Join(encryptedDir, "userpw.pdf")))
	assert.ErrorIs(t, err, pdferr.ErrEncrypted)
	assert.Contains(t, err.Error(), "a password is required")
}

// TestEmptyOwnerPassword: a file with a user password but an empty owner
// password opens (R ≤ 4: Algorithm 7; R5, R6: the owner hash and /OE),
// as it does in a viewer, and its content stream is in clear; with both
// passwords set it is refused.
func TestEmptyOwnerPassword(t *testing.T) {
	for _, kind := range kinds {
		for _, tt := range ownerCases {
			t.Run(kind+" "+tt.name, func(t *testing.T) {
				src := encryptedDoc(t, kind, tt.user, tt.owner, helloContent)
				if !tt.ok {
					err := decryptErr(t, src)
					require.ErrorIs(t, err, pdferr.ErrEncrypted)
					assert.Contains(t, err.Error(), "password is required")
					return
				}
				out, err := Decrypt(src, maxObjects)
				require.NoError(t, err)
				assert.Contains(t, string(out), "\nstream\n"+helloContent+"\nendstream")
			})
		}
	}
}

// TestSmallEncryptedDocsGolden: the small documents encrypted in the test
// with each handler and password pair are written to testdata/small,
// where pdftext's tests and fuzz seeds read them (the encryptor is this
// package's test code). They are deterministic (fixed ID, salts, IV).
func TestSmallEncryptedDocsGolden(t *testing.T) {
	for _, kind := range kinds {
		for _, tt := range ownerCases {
			t.Run(kind+" "+tt.name, func(t *testing.T) {
				src := encryptedDoc(t, kind, tt.user, tt.owner, helloContent)
				golden(t, filepath.Join("testdata", "small", kind+"-"+tt.name+".pdf"), src)
			})
		}
	}
}

// TestSmallEncryptedDocs: the /Info string of the small documents is
// decrypted (and written as a hex string).
func TestSmallEncryptedDocs(t *testing.T) {
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			src := encryptedDoc(t, kind, "", "owner", helloContent)
			out, err := Decrypt(src, maxObjects)
			require.NoError(t, err)
			assert.Contains(t, string(out), "/Title <"+fmt.Sprintf("%x", "レビューシート")+">")
		})
	}
}

// TestCryptFilterIdentityGolden: a V4 file whose content stream carries a
// /Crypt filter naming Identity is rewritten without decrypting that
// stream, and the /Crypt filter is removed for the library. The output is
// testdata/crypt-identity.pdf, which pdftext's TestCryptFilterIdentity
// extracts ("Plain").
func TestCryptFilterIdentityGolden(t *testing.T) {
	d := minipdf.TextPage("", "")
	d.Set(4, minipdf.Stream("/Filter [/Crypt] /DecodeParms [<< /Name /Identity >>]", "BT /F1 10 Tf 20 250 Td (Plain) Tj ET"))
	// The key check of this dictionary fails on purpose: only the
	// structure is exercised through rewrite.
	x, err := readXrefTable(d.Bytes(nil), maxObjects)
	require.NoError(t, err)
	sec := &security{r: 4, key: make([]byte, 16), strM: cryptAESV2, stmM: cryptAESV2, encryptMetadata: true,
		filters: map[string]cryptMethod{"Identity": cryptIdentity}}
	out, err := sec.rewrite(d.Bytes(nil), x, -1)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "/Crypt")
	assert.Contains(t, string(out), "\nstream\nBT /F1 10 Tf 20 250 Td (Plain) Tj ET\nendstream")
	golden(t, filepath.Join("testdata", "crypt-identity.pdf"), out)
}

// TestMalformedEncryption: hand-made broken or unsupported encryption
// dictionaries give an error wrapping a sentinel and naming the problem,
// never a panic.
func TestMalformedEncryption(t *testing.T) {
	o32 := strings.Repeat("ab", 32)
	o48 := strings.Repeat("ab", 48)
	tests := []struct {
		name, dict string
		sentinel   error
		msg        string
	}{
		{"public key", "<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>", pdferr.ErrEncrypted, "/Adobe.PubSec"},
		{"no filter", "<< /V 2 /R 3 >>", pdferr.ErrEncrypted, "handler /(none)"},
		{"unknown revision", "<< /Filter /Standard /V 3 /R 3 >>", pdferr.ErrEncrypted, "V 3 R 3 is not supported"},
		{"short U", "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + o32 + "> /U <0102> >>", pdferr.ErrMalformed, "/U is 2 bytes"},
		{"missing O", "<< /Filter /Standard /V 1 /R 2 /P -4 /U <" + o32 + "> >>", pdferr.ErrMalformed, "/O is missing"},
		{"O not a string", "<< /Filter /Standard /V 1 /R 2 /P -4 /O 5 /U <" + o32 + "> >>", pdferr.ErrMalformed, "/O is not a string"},
		{"no P", "<< /Filter /Standard /V 1 /R 2 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrMalformed, "/P"},
		{"bad key length", "<< /Filter /Standard /V 2 /R 3 /Length 44 /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrMalformed, "key length 44"},
		{"huge key length", "<< /Filter /Standard /V 2 /R 3 /Length 99999999999 /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrMalformed, "key length"},
		{"undefined crypt filter", "<< /Filter /Standard /V 4 /R 4 /StmF /Nope /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrMalformed, "/Nope"},
		{"CFM None", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /None >> >> /StmF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrEncrypted, "/CFM /None"},
		{"AESV3 in V4", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /AESV3 >> >> /StmF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrEncrypted, "/CFM /AESV3"},
		{"wrong password R4", "<< /Filter /Standard /V 4 /R 4 /CF << /X << /CFM /AESV2 >> >> /StmF /X /StrF /X /P -4 /O <" + o32 + "> /U <" + o32 + "> >>", pdferr.ErrEncrypted, "password is required"},
		{"short U R6", "<< /Filter /Standard /V 5 /R 6 /CF << /X << /CFM /AESV3 >> >> /StmF /X /StrF /X /P -4 /O <" + o48 + "> /U <" + o32 + "> >>", pdferr.ErrMalformed, "/U is 32 bytes, want a string of 48"},
		{"wrong password R6", "<< /Filter /Standard /V 5 /R 6 /CF << /X << /CFM /AESV3 >> >> /StmF /X /StrF /X /P -4 /O <" + o48 + "> /U <" + o48 + "> /UE <" + o32 + "> /OE <" + o32 + "> >>", pdferr.ErrEncrypted, "password is required"},
		{"wrong password R5", "<< /Filter /Standard /V 5 /R 5 /P -4 /O <" + o48 + "> /U <" + o48 + "> >>", pdferr.ErrEncrypted, "password is required"},
		{"not a dictionary", "[1 2 3]", pdferr.ErrMalformed, "not a dictionary"},
		{"unterminated", "<< /Filter /Standard /O <ab", pdferr.ErrMalformed, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
			n := d.Add(tt.dict)
			d.Trailer = fmt.Sprintf("/Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00>]", n)
			err := decryptErr(t, d.Bytes(nil))
			assert.ErrorIs(t, err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

// TestMalformedEncryptedFile: broken structure around the encryption
// dictionary: a dangling /Encrypt reference, an inline dictionary, bad
// ciphertext, a missing /ID, wrong offsets.
func TestMalformedEncryptedFile(t *testing.T) {
	src := readFile(t, filepath.Join(encryptedDir, "aes-128.pdf"))
	err := decryptErr(t, bytes.Replace(src, []byte("/Encrypt "), []byte("/Encrypt 9"), 1))
	assert.ErrorIs(t, err, pdferr.ErrMalformed)

	d := minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	d.Trailer = "/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <00> /U <00> >>"
	err = decryptErr(t, d.Bytes(nil))
	assert.ErrorIs(t, err, pdferr.ErrMalformed)
	assert.Contains(t, err.Error(), "/O is 1 bytes")

	// No /ID: the key is computed with an empty ID, and does not match.
	err = decryptErr(t, bytes.Replace(src, []byte("/ID ["), []byte("/XX ["), 1))
	assert.ErrorIs(t, err, pdferr.ErrEncrypted)

	// AES data that is not an IV and whole blocks.
	sec := &security{key: make([]byte, 16)}
	_, err = sec.decryptData(cryptAESV2, 1, 0, make([]byte, 20))
	assert.ErrorContains(t, err, "not an IV and whole blocks")
	_, err = sec.decryptData(cryptAESV2, 1, 0, make([]byte, 8))
	assert.Error(t, err)
	plain, err := sec.decryptData(cryptAESV2, 1, 0, nil)
	require.NoError(t, err)
	assert.Empty(t, plain)

	// Wrong xref offset of an object.
	d = minipdf.TextPage("BT /F1 10 Tf (x) Tj ET", "")
	n := d.Add("<< /Filter /Standard /V 1 /R 2 >>")
	d.Trailer = fmt.Sprintf("/Encrypt %d 0 R", n)
	err = decryptErr(t, d.Bytes(map[int]int{n: 3}))
	assert.ErrorIs(t, err, pdferr.ErrMalformed)
}

// TestDecryptTruncations: every prefix-truncation of an encrypted
// fixture ends in a file or an error wrapping a sentinel.
func TestDecryptTruncations(t *testing.T) {
	src := readFile(t, filepath.Join(encryptedDir, "aes-256-r6-objstm.pdf"))
	for _, cut := range []int{10, 1000, len(src) / 2, len(src) - 200, len(src) - 30} {
		out, err := Decrypt(src[:cut], maxObjects)
		if err != nil {
			decryptErr(t, src[:cut])
			continue
		}
		require.NotNil(t, out)
	}
}

// TestWrongLengthsBounded: streams whose /Length is wrong are found by
// their endstream, but the search is bounded: a file of many such streams
// with no endstream nearby is refused with pdferr.ErrLimit instead of taking
// quadratic time.
func TestWrongLengthsBounded(t *testing.T) {
	sec := &security{r: 3, key: make([]byte, 16), strM: cryptRC4, stmM: cryptRC4, encryptMetadata: true}
	d := minipdf.TextPage("BT /F1 10 Tf 20 250 Td (x) Tj ET", "")
	d.Add("<< /Length 5 >>\nstream\nabcdefgh\nendstream") // wrong length: the data runs to endstream
	src := d.Bytes(nil)
	x, err := readXrefTable(src, maxObjects)
	require.NoError(t, err)
	out, err := sec.rewrite(src, x, -1)
	require.NoError(t, err)
	assert.Contains(t, string(out), "/Length 8 >>")

	d = minipdf.TextPage("", "")
	for range 3000 {
		d.Add("<< /Length 99999999 >>\nstream\n" + strings.Repeat("z", 64))
	}
	d.Add("<< >>\nstream\nendstream")
	src = d.Bytes(nil)
	x, err = readXrefTable(src, maxObjects)
	require.NoError(t, err)
	_, err = sec.rewrite(src, x, -1)
	require.ErrorIs(t, err, pdferr.ErrLimit)
}
