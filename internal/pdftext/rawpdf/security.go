package rawpdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"fmt"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// The standard security handler (ISO 32000-1 §7.6.3 and ISO 32000-2
// §7.6.4) opened with the empty password.
//
// Revisions 2–4 (V 1, 2, 4): the file key is
//
//	MD5(pad(pw) ‖ O[0:32] ‖ P as 4 bytes little-endian ‖ ID[0]
//	    ‖ FF FF FF FF if R ≥ 4 and /EncryptMetadata false)
//
// cut to n = Length/8 bytes (5 for R2), re-hashed 50 times (MD5 of its
// first n bytes) for R ≥ 3 (Algorithm 2). pad(pw) is pw followed by the
// 32-byte padding string, cut to 32 bytes. The key opens the file when
// it reproduces /U: RC4(key, pad) for R2 (Algorithm 4); for R ≥ 3, the
// MD5 of pad ‖ ID[0] encrypted with RC4 under key, then 19 more times
// under key XOR i, equals the first 16 bytes of /U (Algorithm 5).
//
// Revisions 5 and 6 (V 5, AES-256): /U is a 32-byte hash, an 8-byte
// validation salt and an 8-byte key salt. The empty user password is
// right when hash(pw, validation salt) = U[0:32]; the file key is then
// /UE decrypted with AES-256-CBC (zero IV, no padding) under hash(pw, key
// salt). For R5 hash is SHA-256(pw ‖ salt); for R6 it is Algorithm 2.B:
// K = SHA-256(pw ‖ salt), then rounds of E = AES-128-CBC(key K[0:16],
// IV K[16:32], 64 × (pw ‖ K)), K = SHA-256/384/512(E) chosen by the sum
// of E's first 16 bytes mod 3, for at least 64 rounds and until the last
// byte of E is at most round − 32; the hash is K[0:32].
//
// When the empty string is not the user password it may still be the
// owner password (a file encrypted with an owner password only, the
// other way round): Algorithm 7 (R ≤ 4: the user password is /O
// decrypted with a key made from the owner password) and the owner
// variant of the R5/R6 check (salts O[32:48], the 48 bytes of /U
// appended, /OE) are tried too. Otherwise the file needs a password and
// is refused with pdferr.ErrEncrypted.

// cryptMethod is how strings or streams are encrypted.
type cryptMethod uint8

const (
	cryptIdentity cryptMethod = iota // not encrypted
	cryptRC4                         // RC4 with the per-object key
	cryptAESV2                       // AES-128-CBC with the per-object key
	cryptAESV3                       // AES-256-CBC with the file key
)

// security is an opened standard security handler.
type security struct {
	key             []byte // the file key
	r               int    // revision
	strM, stmM      cryptMethod
	filters         map[string]cryptMethod // named crypt filters (/CF), for /Crypt stream filters
	encryptMetadata bool
}

// padding is the 32-byte string of Algorithm 2, step a.
var padding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// encErr reports an encryption dictionary the handler cannot use: a
// broken one (pdferr.ErrMalformed, "encryption dictionary: …") or a file it
// cannot open (pdferr.ErrEncrypted).
func encErr(sentinel error, format string, args ...any) error {
	if sentinel == pdferr.ErrMalformed {
		format = "encryption dictionary: " + format
	}
	return errorf(sentinel, format, args...)
}

// openSecurity reads the encryption dictionary enc of a file whose first
// /ID string is id0 and opens it with the empty password.
func openSecurity(enc pobj, id0 []byte) (*security, error) {
	if enc.kind != pDict {
		return nil, encErr(pdferr.ErrMalformed, "/Encrypt is not a dictionary")
	}
	if f := enc.key("Filter").name(); f != "Standard" {
		if f == "" {
			f = "(none)"
		}
		return nil, encErr(pdferr.ErrEncrypted, "security handler /%s is not supported (only the standard password handler is; public-key and other handlers are refused)", f)
	}
	if sf := enc.key("SubFilter"); sf.kind == pName {
		return nil, encErr(pdferr.ErrEncrypted, "security handler /Standard with /SubFilter /%s is not supported", sf.b)
	}
	v, _ := enc.key("V").integer()
	r, _ := enc.key("R").integer()
	s := &security{r: int(r), encryptMetadata: true, filters: map[string]cryptMethod{"Identity": cryptIdentity}}
	if em := enc.key("EncryptMetadata"); em.kind == pBool && em.n == 0 {
		s.encryptMetadata = false
	}
	switch {
	case (v == 0 || v == 1) && r == 2, v == 2 && (r == 2 || r == 3):
		s.strM, s.stmM = cryptRC4, cryptRC4
	case v == 4 && r == 4, v == 5 && (r == 5 || r == 6):
		if err := s.cryptFilters(enc, v); err != nil {
			return nil, err
		}
	default:
		return nil, encErr(pdferr.ErrEncrypted, "standard security handler V %d R %d is not supported", v, r)
	}
	if v == 5 {
		return s, s.openV5(enc)
	}
	n := 5
	if r >= 3 {
		bits, ok := enc.key("Length").integer()
		if !ok {
			bits = 40
			if v == 4 {
				bits = 128
			}
		}
		if bits%8 != 0 || bits < 40 || bits > 128 {
			return nil, encErr(pdferr.ErrMalformed, "key length %d bits", bits)
		}
		n = int(bits / 8)
	}
	return s, s.openRC4MD5(enc, id0, n)
}

// cryptFilters reads /CF, /StmF and /StrF of a V4 or V5 dictionary.
func (s *security) cryptFilters(enc pobj, v int64) error {
	cf := enc.key("CF")
	for i := 0; cf.kind == pDict && i+1 < len(cf.elems); i += 2 {
		name, f := string(cf.elems[i].b), cf.elems[i+1]
		if name == "Identity" {
			continue // Identity is always the identity filter
		}
		switch m := f.key("CFM").name(); {
		case m == "V2" && v == 4:
			s.filters[name] = cryptRC4
		case m == "AESV2" && v == 4:
			s.filters[name] = cryptAESV2
		case m == "AESV3" && v == 5:
			s.filters[name] = cryptAESV3
		case m == "None" || m == "":
			// /None: the application decrypts (a custom scheme).
			return encErr(pdferr.ErrEncrypted, "crypt filter /%s with /CFM /None is not supported", name)
		default:
			return encErr(pdferr.ErrEncrypted, "crypt filter /%s with /CFM /%s is not supported with V %d", name, m, v)
		}
	}
	pick := func(key string) (cryptMethod, error) {
		name := enc.key(key).name()
		if name == "" {
			name = "Identity"
		}
		m, ok := s.filters[name]
		if !ok {
			return 0, encErr(pdferr.ErrMalformed, "/%s names crypt filter /%s, which /CF does not define", key, name)
		}
		return m, nil
	}
	var err error
	if s.stmM, err = pick("StmF"); err != nil {
		return err
	}
	s.strM, err = pick("StrF")
	return err
}

// stringOf returns the bytes of a string entry, at least min long.
func stringOf(enc pobj, key string, min int) ([]byte, error) {
	o := enc.key(key)
	if o.kind != pString || len(o.b) < min {
		return nil, encErr(pdferr.ErrMalformed, "/%s is %s, want a string of %d bytes", key, describe(o), min)
	}
	return o.b, nil
}

func describe(o pobj) string {
	switch o.kind {
	case pNull:
		return "missing"
	case pString:
		return fmt.Sprintf("%d bytes", len(o.b))
	}
	return "not a string"
}

// openRC4MD5 derives and checks the key of revisions 2–4 (n bytes).
func (s *security) openRC4MD5(enc pobj, id0 []byte, n int) error {
	o, err := stringOf(enc, "O", 32)
	if err != nil {
		return err
	}
	u, err := stringOf(enc, "U", 32)
	if err != nil {
		return err
	}
	p, ok := enc.key("P").integer()
	if !ok {
		return encErr(pdferr.ErrMalformed, "/P is not an integer")
	}
	o, u = o[:32], u[:32]
	key := s.keyR2to4(nil, o, uint32(p), id0, n)
	if s.userKeyOK(key, u, id0) {
		s.key = key
		return nil
	}
	// Algorithm 7: the empty string as the owner password.
	user := s.ownerToUser(o, n)
	key = s.keyR2to4(user, o, uint32(p), id0, n)
	if s.userKeyOK(key, u, id0) {
		s.key = key
		return nil
	}
	return encErr(pdferr.ErrEncrypted, "a password is required to open the file (the user password is not empty)")
}

// keyR2to4 is Algorithm 2.
func (s *security) keyR2to4(pw, o []byte, p uint32, id0 []byte, n int) []byte {
	h := md5.New()
	h.Write(padPassword(pw))
	h.Write(o)
	var pb [4]byte
	binary.LittleEndian.PutUint32(pb[:], p)
	h.Write(pb[:])
	h.Write(id0)
	if s.r >= 4 && !s.encryptMetadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	sum := h.Sum(nil)
	if s.r >= 3 {
		for range 50 {
			x := md5.Sum(sum[:n])
			sum = x[:]
		}
	}
	return sum[:n]
}

func padPassword(pw []byte) []byte {
	out := append([]byte{}, pw...)
	return append(out, padding...)[:32]
}

// userKeyOK checks key against /U (Algorithms 4 and 5).
func (s *security) userKeyOK(key, u, id0 []byte) bool {
	if s.r == 2 {
		return bytes.Equal(rc4Bytes(key, padding), u)
	}
	h := md5.New()
	h.Write(padding)
	h.Write(id0)
	x := rc4Bytes(key, h.Sum(nil))
	for i := 1; i <= 19; i++ {
		x = rc4Bytes(xorKey(key, byte(i)), x)
	}
	return bytes.Equal(x, u[:16])
}

// ownerToUser recovers the user password from /O with the empty owner
// password (Algorithm 7).
func (s *security) ownerToUser(o []byte, n int) []byte {
	sum := md5.Sum(padding)
	k := sum[:]
	if s.r >= 3 {
		for range 50 {
			x := md5.Sum(k)
			k = x[:]
		}
	}
	k = k[:n]
	if s.r == 2 {
		return rc4Bytes(k, o)
	}
	x := o
	for i := 19; i >= 0; i-- {
		x = rc4Bytes(xorKey(k, byte(i)), x)
	}
	return x
}

func xorKey(key []byte, b byte) []byte {
	out := make([]byte, len(key))
	for i, c := range key {
		out[i] = c ^ b
	}
	return out
}

func rc4Bytes(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil { // key length outside 1…256: not reachable with n ≤ 16
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// openV5 checks the empty password and decrypts the file key (R5, R6).
func (s *security) openV5(enc pobj) error {
	o, err := stringOf(enc, "O", 48)
	if err != nil {
		return err
	}
	u, err := stringOf(enc, "U", 48)
	if err != nil {
		return err
	}
	o, u = o[:48], u[:48]
	wrapped := func(key string) ([]byte, error) { return stringOf(enc, key, 32) }
	if bytes.Equal(s.hashV5(nil, u[32:40], nil), u[:32]) {
		ue, err := wrapped("UE")
		if err != nil {
			return err
		}
		s.key = aesCBCNoPad(s.hashV5(nil, u[40:48], nil), ue[:32])
		return nil
	}
	if bytes.Equal(s.hashV5(nil, o[32:40], u), o[:32]) {
		oe, err := wrapped("OE")
		if err != nil {
			return err
		}
		s.key = aesCBCNoPad(s.hashV5(nil, o[40:48], u), oe[:32])
		return nil
	}
	return encErr(pdferr.ErrEncrypted, "a password is required to open the file (the user password is not empty)")
}

// hashV5 is the password hash of R5 (SHA-256) and R6 (Algorithm 2.B).
// udata is the 48 bytes of /U when checking an owner password.
func (s *security) hashV5(pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if s.r == 5 {
		return k
	}
	unit := make([]byte, 0, len(pw)+64+len(udata))
	k1 := make([]byte, 0, 64*cap(unit))
	for round := 0; ; round++ {
		unit = append(append(append(unit[:0], pw...), k...), udata...)
		k1 = k1[:0]
		for range 64 {
			k1 = append(k1, unit...)
		}
		block, _ := aes.NewCipher(k[:16]) // 16 bytes: cannot fail
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
		}
		switch sum % 3 {
		case 0:
			x := sha256.Sum256(e)
			k = x[:]
		case 1:
			x := sha512.Sum384(e)
			k = x[:]
		default:
			x := sha512.Sum512(e)
			k = x[:]
		}
		if round >= 63 && int(e[len(e)-1]) <= round-31 {
			break
		}
	}
	return k[:32]
}

// aesCBCNoPad decrypts data (a multiple of 16 bytes) with AES-256-CBC,
// zero IV, no padding.
func aesCBCNoPad(key, data []byte) []byte {
	block, _ := aes.NewCipher(key) // 32 bytes: cannot fail
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(out, data)
	return out
}

// objectKey is the key of object num, generation gen (Algorithm 1;
// AES-256 uses the file key itself).
func (s *security) objectKey(m cryptMethod, num, gen int64) []byte {
	if m == cryptAESV3 {
		return s.key
	}
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if m == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(s.key)+5, 16)]
}

// decryptData decrypts a string or stream of object num gen. AES data is
// a 16-byte IV and CBC blocks with PKCS#5 padding; empty data stays
// empty.
func (s *security) decryptData(m cryptMethod, num, gen int64, data []byte) ([]byte, error) {
	switch m {
	case cryptIdentity:
		return data, nil
	case cryptRC4:
		return rc4Bytes(s.objectKey(m, num, gen), data), nil
	}
	if len(data) == 0 {
		return data, nil
	}
	if len(data) < 16 || len(data)%16 != 0 {
		return nil, fmt.Errorf("AES data of %d bytes is not an IV and whole blocks", len(data))
	}
	block, err := aes.NewCipher(s.objectKey(m, num, gen))
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data)-16)
	cipher.NewCBCDecrypter(block, data[:16]).CryptBlocks(out, data[16:])
	if n := len(out); n > 0 {
		if pad := int(out[n-1]); pad >= 1 && pad <= 16 && pad <= n {
			out = out[:n-pad]
		}
	}
	return out, nil
}
