// Command rsheet reads 行政事業レビューシート (administrative project review
// sheets) and makes their figures checkable and analysable.
//
// Usage:
//
//	rsheet <command> [flags] FILE...
//
// Each command lives in its own file and registers itself in init.
// Exit codes: 0 success, 1 an input failed (or, for check, an error
// finding), 2 usage error or unreadable input where a command says so.
//
// It holds: the rsheet command: flags, commands, exit codes, output formats.
// It imports: any package of the module except the examples.
// It must never import: examples/; nothing imports it.
package main
