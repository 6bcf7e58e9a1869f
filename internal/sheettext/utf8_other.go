//go:build !amd64

package sheettext

const useBlocks = false

func validBlocks(p *byte, n int) bool { panic("unreachable") }
