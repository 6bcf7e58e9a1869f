package rawpdf

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"fmt"
	"testing"

	"github.com/rsheet/rsheet/internal/pdftext/minipdf"
)

// encryptedDoc builds a small one-page document encrypted with the
// standard handler for passwords user and owner — kind "rc4-40" (V1 R2),
// "rc4-128" (V2 R3), "aes-128" (V4 R4 AESV2), "aes-256" (V5 R6 AESV3) or
// "aes-256-r5" (V5 R5) — the way a producer does: O by Algorithm 3, U by
// Algorithm 4 or 5 (V5: hash ‖ validation salt ‖ key salt for U and O,
// the file key wrapped in UE and OE), the content stream and the
// /Info title encrypted with their object keys. It is the small seed of
// the fuzz targets and the fixture of the owner-password tests (written
// to testdata/small for pdftext by TestSmallEncryptedDocsGolden).
func encryptedDoc(t testing.TB, kind, user, owner, content string) []byte {
	t.Helper()
	id0 := []byte("0123456789abcdef")
	var s *security
	var dict string
	switch kind {
	case "rc4-40", "rc4-128", "aes-128":
		n, v, r, m := 16, 2, 3, cryptRC4
		switch kind {
		case "rc4-40":
			n, v, r = 5, 1, 2
		case "aes-128":
			v, r, m = 4, 4, cryptAESV2
		}
		s = &security{r: r, encryptMetadata: true, strM: m, stmM: m}
		o := ownerEntry(s, []byte(user), []byte(owner), n)
		s.key = s.keyR2to4([]byte(user), o, uint32(0xfffffffc), id0, n)
		u := userEntry(s, id0)
		dict = fmt.Sprintf("<< /Filter /Standard /V %d /R %d /Length %d /P -4 /O <%x> /U <%x>", v, r, 8*n, o, u)
		if kind == "aes-128" {
			dict += " /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF"
		}
		dict += " >>"
	case "aes-256", "aes-256-r5":
		r := 6
		if kind == "aes-256-r5" {
			r = 5
		}
		s = &security{r: r, encryptMetadata: true, strM: cryptAESV3, stmM: cryptAESV3}
		s.key = []byte("fedcba9876543210FEDCBA9876543210")
		uVal, uKey := []byte("saltsalt"), []byte("pepper!!")
		u := append(append(s.hashV5([]byte(user), uVal, nil), uVal...), uKey...)
		ue := aesCBCNoPadEncrypt(s.hashV5([]byte(user), uKey, nil), s.key)
		oVal, oKey := []byte("OSALTosa"), []byte("OKEYokey")
		o := append(append(s.hashV5([]byte(owner), oVal, u), oVal...), oKey...)
		oe := aesCBCNoPadEncrypt(s.hashV5([]byte(owner), oKey, u), s.key)
		dict = fmt.Sprintf("<< /Filter /Standard /V 5 /R %d /Length 256 /P -4 /O <%x> /U <%x> /OE <%x> /UE <%x>"+
			" /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>", r, o, u, oe, ue)
	default:
		t.Fatalf("unknown kind %q", kind)
	}
	d := minipdf.TextPage("", "")
	d.Set(4, minipdf.Stream("", string(encryptData(s, s.stmM, 4, []byte(content)))))
	info := d.Add(fmt.Sprintf("<< /Title <%x> >>", encryptData(s, s.strM, 6, []byte("レビューシート"))))
	e := d.Add(dict)
	d.Trailer = fmt.Sprintf("/Info %d 0 R /Encrypt %d 0 R /ID [<%x> <%x>]", info, e, id0, id0)
	return d.Bytes(nil)
}

// ownerEntry is /O (Algorithm 3) for R2–R4. An empty owner password is
// used as is (Algorithm 3 lets a producer substitute the user password;
// then only the user password opens the file).
func ownerEntry(s *security, user, owner []byte, n int) []byte {
	sum := md5.Sum(padPassword(owner))
	k := sum[:]
	if s.r >= 3 {
		for range 50 {
			x := md5.Sum(k)
			k = x[:]
		}
	}
	o := rc4Bytes(k[:n], padPassword(user))
	if s.r >= 3 {
		for i := 1; i <= 19; i++ {
			o = rc4Bytes(xorKey(k[:n], byte(i)), o)
		}
	}
	return o
}

// userEntry is /U (Algorithms 4 and 5) for the key in s.
func userEntry(s *security, id0 []byte) []byte {
	if s.r == 2 {
		return rc4Bytes(s.key, padding)
	}
	h := md5.New()
	h.Write(padding)
	h.Write(id0)
	u := rc4Bytes(s.key, h.Sum(nil))
	for i := 1; i <= 19; i++ {
		u = rc4Bytes(xorKey(s.key, byte(i)), u)
	}
	return append(u, make([]byte, 16)...)
}

// encryptData encrypts plain for object num, generation 0 (AES with a
// fixed IV and PKCS#5 padding).
func encryptData(s *security, m cryptMethod, num int64, plain []byte) []byte {
	key := s.objectKey(m, num, 0)
	if m == cryptRC4 {
		return rc4Bytes(key, plain)
	}
	pad := 16 - len(plain)%16
	buf := append([]byte{}, plain...)
	for range pad {
		buf = append(buf, byte(pad))
	}
	iv := []byte("IVIVIVIVIVIVIVIV")
	block, _ := aes.NewCipher(key)
	out := append([]byte{}, iv...)
	out = append(out, make([]byte, len(buf))...)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out[16:], buf)
	return out
}

// aesCBCNoPadEncrypt is the inverse of aesCBCNoPad.
func aesCBCNoPadEncrypt(key, data []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, make([]byte, 16)).CryptBlocks(out, data)
	return out
}
