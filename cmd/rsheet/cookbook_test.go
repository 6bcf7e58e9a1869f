package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cookbook (docs/cookbook.md) shows commands and what they print.
// TestCookbook runs every `./rsheet` command of its sh blocks in process,
// from the repository root, and compares what it prints with the text
// shown under it ("$ cmd" lines; without "$" a line is a command whose
// output is not shown, which must still succeed). Output files (-o X,
// > X) go to a temporary directory. It understands the shell the
// cookbook uses around rsheet: `; echo "exit $?"`, `| head -1` with
// ${PIPESTATUS[0]}, `sed 's/A/B/' IN > OUT`, and the awk | sort | uniq -c
// count of findings (compared as counts). Commands on ../shared run when
// that folder exists; other programs (go build, go run) are not run.

// cookCmd is one command of the cookbook with the output shown for it.
type cookCmd struct {
	line   int
	cmd    string
	output []string // nil: not shown
	shown  bool
	next   []string // the fenced block that follows the command's block
}

// cookbookCommands reads the commands of the sh blocks of a cookbook.
func cookbookCommands(t *testing.T, path string) []*cookCmd {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	var cmds []*cookCmd
	var blockCmds []*cookCmd
	inSh, inOther, prompt := false, false, false
	var cur *cookCmd
	for i, l := range lines {
		switch {
		case !inSh && !inOther && strings.HasPrefix(l, "```sh"):
			inSh, cur, blockCmds = true, nil, nil
			prompt = false
			for _, m := range lines[i+1:] {
				if strings.HasPrefix(m, "```") {
					break
				}
				if strings.HasPrefix(m, "$ ") {
					prompt = true
				}
			}
		case !inSh && !inOther && strings.HasPrefix(l, "```"):
			inOther = true
			var body []string
			for _, m := range lines[i+1:] {
				if strings.HasPrefix(m, "```") {
					break
				}
				body = append(body, m)
			}
			for _, c := range blockCmds {
				if c.next == nil {
					c.next = body
				}
			}
			blockCmds = nil
		case strings.HasPrefix(l, "```"):
			inSh, inOther = false, false
		case inSh && prompt && strings.HasPrefix(l, "$ "):
			cur = &cookCmd{line: i + 1, cmd: strings.TrimPrefix(l, "$ "), shown: true, output: []string{}}
			cmds = append(cmds, cur)
			blockCmds = append(blockCmds, cur)
		case inSh && prompt && cur != nil:
			cur.output = append(cur.output, l)
		case inSh && !prompt && strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#"):
			c := &cookCmd{line: i + 1, cmd: l}
			cmds = append(cmds, c)
			blockCmds = append(blockCmds, c)
		}
	}
	return cmds
}

// stripComment removes a shell comment: a # after white space.
func stripComment(s string) string {
	if i := regexp.MustCompile(`\s+#`).FindStringIndex(s); i != nil {
		return s[:i[0]]
	}
	return s
}

var sedCmd = regexp.MustCompile(`^sed 's/(.*)/(.*)/' (\S+) > (\S+)$`)

func TestCookbook(t *testing.T) {
	cmds := cookbookCommands(t, "../../docs/cookbook.md")
	require.NotEmpty(t, cmds)
	t.Chdir("../..")
	tmp := t.TempDir()
	files := map[string]string{} // redirected output files, by name
	ran := 0
	for _, c := range cmds {
		cmd := strings.TrimSpace(stripComment(c.cmd))
		name := fmt.Sprintf("cookbook.md:%d: %s", c.line, cmd)
		if m := sedCmd.FindStringSubmatch(cmd); m != nil {
			src, err := os.ReadFile(m[3])
			require.NoError(t, err, name)
			re := regexp.MustCompile("(?m)" + m[1])
			require.True(t, re.Match(src), "%s: the pattern matches", name)
			out := filepath.Join(tmp, filepath.Base(m[4]))
			require.NoError(t, os.WriteFile(out, re.ReplaceAll(src, []byte(m[2])), 0o644))
			files[m[4]] = out
			continue
		}
		if strings.HasPrefix(cmd, "awk ") {
			checkAwkCounts(t, name, cmd, files, c.next)
			continue
		}
		if !strings.HasPrefix(cmd, "./rsheet ") {
			t.Logf("%s: not an rsheet command, not run", name)
			continue
		}
		echo := ""
		for _, e := range []string{`; echo "exit $?"`, `; echo "exit ${PIPESTATUS[0]}"`} {
			if strings.HasSuffix(cmd, e) {
				echo, cmd = e, strings.TrimSuffix(cmd, e)
			}
		}
		head := -1
		if strings.HasSuffix(cmd, " | head -1") {
			head, cmd = 1, strings.TrimSuffix(cmd, " | head -1")
		}
		redirect := ""
		if i := strings.Index(cmd, " > "); i >= 0 {
			redirect, cmd = strings.TrimSpace(cmd[i+3:]), cmd[:i]
		}
		require.NotContains(t, cmd, "|", "%s: a pipe the test does not know", name)
		args := strings.Fields(strings.TrimPrefix(cmd, "./rsheet "))
		skip := false
		for i, a := range args {
			if strings.HasPrefix(a, "../shared") {
				if _, err := os.Stat(strings.SplitN(a, "#", 2)[0]); err != nil {
					skip = true
				}
			}
			if f, ok := files[a]; ok {
				args[i] = f
			}
			if i > 0 && args[i-1] == "-o" && a != "-" {
				args[i] = filepath.Join(tmp, a)
			}
		}
		if skip {
			t.Logf("%s: ../shared not here, not run", name)
			continue
		}
		ran++
		var out, errb bytes.Buffer
		code := run(args, &out, &errb)
		stdout := out.String()
		if redirect != "" {
			f := filepath.Join(tmp, redirect)
			require.NoError(t, os.WriteFile(f, out.Bytes(), 0o644))
			files[redirect] = f
			stdout = ""
		}
		if echo == "" {
			assert.Equal(t, exitOK, code, "%s: %s", name, errb.String())
		}
		if !c.shown {
			continue
		}
		got := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
		if stdout == "" {
			got = nil
		}
		if head >= 0 && len(got) > head {
			got = got[:head]
		}
		if strings.Contains(strings.Join(args, " "), "-v") { // export -v reports on stderr
			got = append(got, strings.Split(strings.TrimRight(strings.ReplaceAll(errb.String(), tmp+string(filepath.Separator), ""), "\n"), "\n")...)
		}
		if echo != "" {
			got = append(got, fmt.Sprintf("exit %d", code))
		}
		want := c.output
		for len(want) > 0 && want[len(want)-1] == "" {
			want = want[:len(want)-1]
		}
		for i := range got {
			got[i] = strings.ReplaceAll(got[i], tmp+string(filepath.Separator), "/tmp/")
		}
		assert.Equal(t, want, got, name)
	}
	assert.GreaterOrEqual(t, ran, 5, "cookbook commands run")
}

// checkAwkCounts compares `awk -F': ' '{print $2": "$3}' FILE | sort |
// uniq -c | sort -rn` over a findings file with the counts the cookbook
// shows in the block after it.
func checkAwkCounts(t *testing.T, name, cmd string, files map[string]string, shown []string) {
	t.Helper()
	const awk = `awk -F': ' '{print $2": "$3}' `
	require.True(t, strings.HasPrefix(cmd, awk), "%s: an awk the test does not know", name)
	file := strings.Fields(strings.TrimPrefix(cmd, awk))[0]
	path, ok := files[file]
	if !ok {
		t.Logf("%s: %s was not written (../shared not here), not run", name, file)
		return
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	got := map[string]int{}
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		f := strings.Split(l, ": ")
		require.GreaterOrEqual(t, len(f), 3, l)
		got[f[1]+": "+f[2]]++
	}
	want := map[string]int{}
	for _, l := range shown {
		var n int
		var key string
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		_, err := fmt.Sscanf(l, "%d", &n)
		require.NoError(t, err, l)
		key = strings.TrimSpace(strings.TrimPrefix(l, fmt.Sprint(n)))
		want[key] = n
	}
	keys := func(m map[string]int) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	assert.Equal(t, keys(want), keys(got), name)
	assert.Equal(t, want, got, name)
}
