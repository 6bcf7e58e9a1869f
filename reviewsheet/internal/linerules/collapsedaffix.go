package linerules

import (
	"strings"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/textnorm"
)

// Table markers without collapsing every line. ReorderContractRows and
// normalize.UnfoldSideBySideRows follow the table they act in by its first and
// last rows, compared after CollapseSpaces; they ran it on every line of
// every input the normalisation gate opens (a double space in one cell
// opens it). CollapsedHasPrefix and CollapsedHasSuffix give the same
// answer and collapse only lines that can match:
//
// CollapseSpaces drops white space (textnorm.IsSpace) at both ends and
// turns a run of it between two other runes into one space; it changes
// nothing else. So when CollapseSpaces(t) starts with p, the first word
// of p (up to its first space, white-space free) stands at the start of
// t once its leading white space is dropped: a white-space run inside it
// would be kept (as a space) by CollapseSpaces, having text before and
// after it. The same holds for a suffix and the last word. A line
// without that word is answered false at once.

// CollapsedHasPrefix reports strings.HasPrefix(CollapseSpaces(t), p)
// for a p that does not start with white space.
func CollapsedHasPrefix(t, p string) bool {
	word := p
	if k := strings.IndexByte(p, ' '); k >= 0 {
		word = p[:k]
	}
	if !strings.HasPrefix(strings.TrimLeftFunc(t, textnorm.IsSpace), word) {
		return false
	}
	return strings.HasPrefix(CollapseSpaces(t), p)
}

// CollapsedHasSuffix reports strings.HasSuffix(CollapseSpaces(t), s)
// for an s that does not end with white space.
func CollapsedHasSuffix(t, s string) bool {
	word := s[strings.LastIndexByte(s, ' ')+1:]
	if !strings.HasSuffix(strings.TrimRightFunc(t, textnorm.IsSpace), word) {
		return false
	}
	return strings.HasSuffix(CollapseSpaces(t), s)
}

// FoldedHasPrefix reports CollapsedHasPrefix(textnorm.Fold(t), p): the
// prefix compared with look-alike code points folded (wkhtmltopdf's
// "⽀出先名" for 支出先名). t is folded (a copy) only when its first rune
// after white space folds to p's first rune, so most lines cost no
// allocation.
func FoldedHasPrefix(t, p string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(t, textnorm.IsSpace))
	pr, _ := utf8.DecodeRuneInString(p)
	if textnorm.FoldRune(r) != pr {
		return false
	}
	return CollapsedHasPrefix(textnorm.Fold(t), p)
}

// FoldedHasSuffix reports CollapsedHasSuffix(textnorm.Fold(t), s), t
// folded only when its last rune before white space folds to s's last
// rune (see FoldedHasPrefix).
func FoldedHasSuffix(t, s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(t, textnorm.IsSpace))
	sr, _ := utf8.DecodeLastRuneInString(s)
	if textnorm.FoldRune(r) != sr {
		return false
	}
	return CollapsedHasSuffix(textnorm.Fold(t), s)
}

// FoldedEqual reports textnorm.Fold(t) == s, t folded only when its
// first rune folds to s's first rune (see FoldedHasPrefix).
func FoldedEqual(t, s string) bool {
	if t == s {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	sr, _ := utf8.DecodeRuneInString(s)
	return textnorm.FoldRune(r) == sr && textnorm.Fold(t) == s
}
