package normalize

// A gate for the last step of Lines. Lines runs linerules.NormalizeLine
// on every line of an input the normalisation gate opened, though in
// text in the sheet's own layout a line or a few need it (a look-alike
// code point, a double space in a free-text cell); NormalizeLine
// searches each line seven times (its fold, tab, U+00A0, U+3000, double
// space, token and word-joining scans). cleanLine reads the line once
// and reports lines it leaves as they are; it is a sufficient condition
// (false for some lines NormalizeLine leaves alone too), so Lines calls
// NormalizeLine only when it says no.
//
// NormalizeLine(t) == t when t has
//
//   - no rune textnorm.Fold changes: of those with lead byte E2 or EF
//     (※, ①, full-width brackets and digits are frequent) only ‧ (E2 80
//     A7), U+2E80–U+2FFF (E2 BA–BF) and U+F900–U+FAFF (EF A4–AB) can
//     (firstFold); no byte F0–FF;
//   - no dash other than '-' and ー: U+2010–U+2015 (E2 80 90–95), −
//     (E2 88 92), ─ (E2 94 80), － (EF BC 8D), ｰ (EF BD B0);
//   - no tab, no byte C2 (U+00A0 and the rest of U+0080–U+00BF), no
//     U+3000 (E3 80 80), no space at either end and no two spaces
//     together: CollapseSpaces then leaves t alone (spacesClean);
//   - no token of two dashes other than "--" (isDashCell): with the
//     bytes above excluded the dashes are '-' and ー (E3 83 BC), and
//     such a token has ー next to a dash;
//   - no space that mayJoin looks at: after 月, or before 年度, ID, URL,
//     KPI, ＩＤ or ＵＲＬ: fixTokens then returns t.
//
// A truncated E2 or EF sequence at the end counts as not clean.
//
// Of a clean line cleanLine also reports whether it may be a page number
// ("3 / 16": IsPageNumber needs " / " in it) and whether it holds a ∕
// (E2 88 95), which RestoreSlashes looks for.

// cleanLine reports whether linerules.NormalizeLine leaves t unchanged
// under the conditions above; when it does, whether t has a space
// before a '/' and whether it has a ∕ (both false otherwise).
func cleanLine(t string) (clean, slashAfterSpace, divide bool) {
	n := len(t)
	if n > 0 && (t[0] == ' ' || t[n-1] == ' ') {
		return false, false, false
	}
	for i := 0; ; i++ {
		if i = nextMarked(t, i); i >= n {
			break
		}
		switch c := t[i]; c {
		case ' ':
			if hasSuffixAt(t, i, "月") {
				return false, false, false
			}
			if i+1 < n {
				var join bool // a word joinsLeft may join after the space
				switch t[i+1] {
				case ' ':
					return false, false, false
				case '/':
					slashAfterSpace = true
				case 0xE5: // 年 (E5 B9 B4)
					join = hasPrefixFrom(t, i+1, "年度")
				case 'I':
					join = hasPrefixFrom(t, i+1, "ID")
				case 'U':
					join = hasPrefixFrom(t, i+1, "URL")
				case 'K':
					join = hasPrefixFrom(t, i+1, "KPI")
				case 0xEF: // Ｉ (EF BC A9), Ｕ (EF BC B5)
					join = hasPrefixFrom(t, i+1, "ＩＤ") || hasPrefixFrom(t, i+1, "ＵＲＬ")
				}
				if join {
					return false, false, false
				}
			}
		case 0x80: // the last byte of U+3000 (E3 80 80)
			if i >= 2 && t[i-1] == 0x80 && t[i-2] == 0xE3 {
				return false, false, false
			}
		case 0xBC: // the last byte of ー (E3 83 BC): next to another dash?
			if i >= 2 && t[i-1] == 0x83 && t[i-2] == 0xE3 && (i+1 < n && (t[i+1] == '-' || hasPrefixFrom(t, i+1, "ー")) || i >= 3 && t[i-3] == '-') {
				return false, false, false
			}
		case 0xE2: // U+2000–U+2FFF: ‧, the radicals and the dashes fold or count
			if i+2 >= n {
				return false, false, false
			}
			switch d, e := t[i+1], t[i+2]; {
			case d >= 0xBA, d == 0x80 && (e == 0xA7 || e >= 0x90 && e <= 0x95), d == 0x88 && e == 0x92, d == 0x94 && e == 0x80:
				return false, false, false
			case d == 0x88 && e == 0x95:
				divide = true
			}
		case 0xEF: // U+F000–U+FFFF: the compatibility ideographs, － and ｰ
			if i+2 >= n {
				return false, false, false
			}
			switch d, e := t[i+1], t[i+2]; {
			case d >= 0xA4 && d <= 0xAB, d == 0xBC && e == 0x8D, d == 0xBD && e == 0xB0:
				return false, false, false
			}
		default: // tab, C2, F0–FF
			return false, false, false
		}
	}
	return true, slashAfterSpace, divide
}

// nextMarked returns the index of the first byte from t[i] on that
// lineByte marks, or len(t); four bytes at a time first.
func nextMarked(t string, i int) int {
	for ; i+4 <= len(t); i += 4 {
		b := t[i : i+4]
		if lineByte[b[0]]|lineByte[b[1]]|lineByte[b[2]]|lineByte[b[3]] != 0 {
			break
		}
	}
	for ; i < len(t); i++ {
		if lineByte[t[i]] != 0 {
			return i
		}
	}
	return i
}

// lineByte marks the bytes cleanLine looks at.
var lineByte = func() (m [256]byte) {
	for _, c := range []byte{'\t', ' ', 0x80, 0xBC, 0xC2, 0xE2, 0xEF} {
		m[c] = 1
	}
	for c := 0xF0; c <= 0xFF; c++ {
		m[c] = 1
	}
	return m
}()

func hasSuffixAt(t string, i int, s string) bool { return i >= len(s) && t[i-len(s):i] == s }

func hasPrefixFrom(t string, i int, s string) bool { return len(t)-i >= len(s) && t[i:i+len(s)] == s }
