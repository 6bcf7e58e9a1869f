//go:build !amd64

package sheettext

const useBlocks, useBlocks32 = false, false

func validBlocks(p *byte, n int) bool   { panic("unreachable") }
func validBlocks32(p *byte, n int) bool { panic("unreachable") }
