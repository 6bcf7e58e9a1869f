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
//   - no byte E2, EF or F0–FF: textnorm.Fold changes only runes whose
//     lead byte is one of those (firstFold), and the dashes other than
//     '-' and ー, U+00A0 aside, have them too;
//   - no tab, no byte C2 (U+00A0 and the rest of U+0080–U+00BF), no
//     U+3000 (E3 80 80), no space at either end and no two spaces
//     together: CollapseSpaces then leaves t alone (spacesClean);
//   - no token of two dashes other than "--" (isDashCell): with the
//     bytes above excluded the dashes are '-' and ー (E3 83 BC), and
//     such a token has ー next to a dash;
//   - no space that mayJoin looks at: after 月, or before 年度, ID, URL
//     or KPI (ＩＤ and ＵＲＬ start with EF): fixTokens then returns t.
//
// cleanLine also reports whether t may be a page number ("3 / 16"):
// IsPageNumber needs " / " in it.

// cleanLine reports whether linerules.NormalizeLine leaves t unchanged
// under the conditions above, and whether t has a space before a '/'.
func cleanLine(t string) (clean, slashAfterSpace bool) {
	n := len(t)
	if n > 0 && (t[0] == ' ' || t[n-1] == ' ') {
		return false, false
	}
	for i := 0; i < n; i++ {
		c := t[i]
		if lineByte[c] == 0 {
			continue
		}
		switch c {
		case ' ':
			if i+1 < n {
				switch t[i+1] {
				case ' ':
					return false, false
				case '/':
					slashAfterSpace = true
				}
			}
			if hasSuffixAt(t, i, "月") || hasPrefixFrom(t, i+1, "年度") || hasPrefixFrom(t, i+1, "ID") ||
				hasPrefixFrom(t, i+1, "URL") || hasPrefixFrom(t, i+1, "KPI") {
				return false, false
			}
		case 0x80: // the last byte of U+3000 (E3 80 80)
			if i >= 2 && t[i-1] == 0x80 && t[i-2] == 0xE3 {
				return false, false
			}
		case 0xBC: // the last byte of ー (E3 83 BC): next to another dash?
			if i >= 2 && t[i-1] == 0x83 && t[i-2] == 0xE3 && (i+1 < n && (t[i+1] == '-' || hasPrefixFrom(t, i+1, "ー")) || i >= 3 && t[i-3] == '-') {
				return false, false
			}
		default: // tab, C2, E2, EF, F0–FF
			return false, false
		}
	}
	return true, slashAfterSpace
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
