package sheettext

// byteMask64 has bit k set when p[k] == c, for the 64 bytes from p
// (bytemask_amd64.s).
//
//go:noescape
func byteMask64(p *byte, c byte) uint64
