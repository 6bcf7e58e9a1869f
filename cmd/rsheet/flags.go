package main

import (
	"flag"
	"fmt"
	"io"
)

// Command-line conventions shared by every command:
//
//   - -h, -help and --help print the command's usage on standard output
//     and exit 0 (a usage error prints it on standard error, exit 2);
//   - flags may come after the inputs ("rsheet check FILE -format json");
//     "--" ends the flags, so a file whose name begins with "-" can be
//     named after it;
//   - "-" alone is an input: standard input.

// newFlagSet returns a flag set that prints its usage to stderr and
// returns errors instead of exiting. Parse it with parseArgs.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: rsheet %s [flags] %s\n", name, args)
		fs.PrintDefaults()
		fmt.Fprintln(fs.Output(), "Flags may follow the inputs; -- ends them. An input \"-\" is standard input.")
	}
	return fs
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }

// parseArgs parses args with flags before, between or after the
// positional arguments. Asked for help (before any "--"), it prints the
// usage on stdout and returns exitOK with ok=false; on a flag error it
// returns exitUsage with ok=false (the flag package has printed the
// error and the usage on stderr). The positional arguments are then in
// fs.Args() order as given: fs is re-parsed with them alone.
func parseArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, ok bool) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if isHelp(a) {
			out := fs.Output()
			fs.SetOutput(stdout)
			fs.Usage()
			fs.SetOutput(out)
			return exitOK, false
		}
	}
	var pos []string
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			return exitUsage, false
		}
		left := fs.Args()
		if len(left) == 0 {
			break
		}
		// fs.Parse stops at the first positional argument, or after "--"
		// (then everything left is positional).
		if k := len(rest) - len(left) - 1; k >= 0 && rest[k] == "--" {
			pos = append(pos, left...)
			break
		}
		pos = append(pos, left[0])
		rest = left[1:]
	}
	// Leave the positional arguments in fs.Args().
	if err := fs.Parse(append([]string{"--"}, pos...)); err != nil {
		return exitUsage, false
	}
	return exitOK, true
}
