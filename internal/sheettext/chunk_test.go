package sheettext

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linesOf splits s at "|" into lines (a "#" before a piece marks a
// break before it).
func linesOf(s string) []Line {
	var out []Line
	for i, t := range strings.Split(s, "|") {
		brk := strings.HasPrefix(t, "#")
		out = append(out, Line{Text: strings.TrimPrefix(t, "#"), Pos: Pos(i + 1), Break: brk})
	}
	return out
}

func TestChunkSameAsFunctions(t *testing.T) {
	long := strings.Repeat("長い行", 200) // longer than a quarter of a buffer
	tests := []string{
		"一行",
		"折り返した|行",
		"・一つ目|の続き|・二つ目",
		"  空白のある|行  ",
		"--",
		"-|-",
		"https://example.go.jp/a/very/long/path/|#index.html",
		"https://example.go.jp/a/very/long/path/|index.html|次の行",
		long + "|" + long,
		"①あ|②い|③う",
		"一般会計|/|内閣府 /|内閣本府",
	}
	var c Chunk
	c.Size(64)
	type result struct {
		join, para, url string
		text            string
		ok              bool
		n               int
	}
	var got []result
	for _, tc := range tests {
		lines := linesOf(tc)
		s, ok := c.TextString(lines)
		u, n := c.TakeURL(lines)
		r := result{join: c.JoinWrapped(lines), para: strings.Join(c.Paragraphs(lines), "\n"), text: s, ok: ok, url: u, n: n}
		got = append(got, r)
		wantText, wantOK := refTextString(lines)
		wantN := urlLines(lines)
		wantURL := refJoinWrapped(lines[:wantN])
		assert.Equal(t, refJoinWrapped(lines), r.join, tc)
		assert.Equal(t, refJoinWrapped(lines), JoinWrapped(lines), tc)
		assert.Equal(t, refParagraphs(lines), Paragraphs(lines), tc)
		gotText, gotOK := TextString(lines)
		assert.Equal(t, wantText, gotText, tc)
		assert.Equal(t, wantOK, gotOK, tc)
		gotURL, gotN := TakeURL(lines)
		assert.Equal(t, wantURL, gotURL, tc)
		assert.Equal(t, wantN, gotN, tc)
		assert.Equal(t, strings.Join(refParagraphs(lines), "\n"), r.para, tc)
		assert.Equal(t, len(refParagraphs(lines)), CountParagraphs(lines), tc)
		assert.Equal(t, wantText, r.text, tc)
		assert.Equal(t, wantOK, r.ok, tc)
		assert.Equal(t, wantURL, r.url, tc)
		assert.Equal(t, wantN, r.n, tc)
	}
	// the strings handed out earlier are not overwritten by later ones
	for i, tc := range tests {
		lines := linesOf(tc)
		assert.Equal(t, refJoinWrapped(lines), got[i].join, tc)
		want, _ := refTextString(lines)
		assert.Equal(t, want, got[i].text, tc)
	}
	assert.Equal(t, "", c.JoinWrapped(nil))
	s, ok := c.TextString(nil)
	assert.False(t, ok)
	assert.Equal(t, "", s)
}

// refJoin joins the texts of lines with a strings.Builder, writing
// before(l) before every line but the first (the reference of the
// chunk's joins).
func refJoin(lines []Line, before func(Line) string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			sep := before(l)
			if sep == "" && (strings.HasSuffix(" "+lines[i-1].Text, " /") || strings.HasSuffix(" "+lines[i-1].Text, " |") ||
				strings.HasPrefix(l.Text+" ", "/ ") || strings.HasPrefix(l.Text+" ", "| ")) {
				sep = " " // a spaced separator wrapped (SpacedSeparatorAt)
			}
			b.WriteString(sep)
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// TestSpacedSeparatorAt: the lines of a 歳出予算項目 or of 事業所管課室
// wrapped at a space of " / " or " | " join with the space; a slash or
// bar that is text joins as any wrapped line.
func TestSpacedSeparatorAt(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"一般会計", "/", "内閣府 /", "内閣本府 / 孤独・孤立対策推進費 /", "社会参加活躍支援等"}, "一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 社会参加活躍支援等"},
		{[]string{"一般会計 /", "内閣府"}, "一般会計 / 内閣府"},
		{[]string{"一般会計", "/ 内閣府"}, "一般会計 / 内閣府"},
		{[]string{"内閣府", "|", "政策統括官"}, "内閣府 | 政策統括官"},
		{[]string{"補助率2/", "3"}, "補助率2/3"},
		{[]string{"https://example.go.jp/a/", "b.html"}, "https://example.go.jp/a/b.html"},
		{[]string{"孤独・孤立", "対策"}, "孤独・孤立対策"},
	} {
		var lines []Line
		for i, l := range tc.lines {
			lines = append(lines, Line{Text: l, Pos: Pos(i + 1)})
		}
		assert.Equal(t, tc.want, JoinWrapped(lines), "%q", tc.lines)
		assert.Equal(t, tc.want, refJoinWrapped(lines), "%q", tc.lines)
	}
}

func refJoinWrapped(lines []Line) string {
	return refJoin(lines, func(Line) string { return "" })
}

func refTextString(lines []Line) (string, bool) {
	return OptString(refJoin(lines, func(l Line) string {
		if IsBullet(l.Text) {
			return "\n"
		}
		return ""
	}))
}

func refParagraphs(lines []Line) []string {
	var out []string
	start := 0
	for i := 1; i <= len(lines); i++ {
		if i == len(lines) || IsBullet(lines[i].Text) {
			out = append(out, refJoinWrapped(lines[start:i]))
			start = i
		}
	}
	return out
}

func refCells(lines []Line) string {
	return refJoin(lines, func(l Line) string {
		if l.Break {
			return " "
		}
		return ""
	})
}

func TestChunkCells(t *testing.T) {
	var c Chunk
	for _, tc := range []string{"", "一行", "A 支出先|名 1,000", "A|#支出先名|#1,000", strings.Repeat("y", ChunkSize) + "|#z"} {
		lines := linesOf(tc)
		if tc == "" {
			lines = nil
		}
		assert.Equal(t, refCells(lines), c.Cells(lines), tc)
	}
}

func TestChunkJoinConcat(t *testing.T) {
	var c Chunk // no Size: the first text starts a buffer
	tests := [][]string{nil, {}, {"a"}, {"a", "b"}, {"", ""}, {"予算", "項目", "名"}, {strings.Repeat("x", 2*ChunkSize), "y"}}
	for _, elems := range tests {
		for _, sep := range []string{"", " ", " / "} {
			assert.Equal(t, strings.Join(elems, sep), c.Join(elems, sep), "%q %q", elems, sep)
		}
	}
	for _, ab := range [][2]string{{"", ""}, {"a", ""}, {"", "b"}, {"前", "後"}, {strings.Repeat("z", ChunkSize), "w"}} {
		assert.Equal(t, ab[0]+ab[1], c.Concat(ab[0], ab[1]))
		b := []byte(ab[0] + ab[1])
		got := c.Copy(b)
		clear(b) // the string is the chunk's, not b's
		assert.Equal(t, ab[0]+ab[1], got)
	}
}

// TestChunkBuffers: texts share buffers (few allocations) and a text
// longer than a quarter of a buffer does not start a new one.
func TestChunkBuffers(t *testing.T) {
	lines := linesOf("あいう|えお")
	var c Chunk
	c.Size(ChunkSize)
	allocs := testing.AllocsPerRun(100, func() { _ = c.JoinWrapped(lines) })
	// 100 texts of 15 bytes in buffers of ChunkSize bytes
	assert.Less(t, allocs, 0.1)
	var d Chunk
	a := d.JoinWrapped(lines)
	big := d.JoinWrapped(linesOf(strings.Repeat("x", ChunkSize) + "|y"))
	b := d.JoinWrapped(lines)
	require.Equal(t, "あいうえお", a)
	require.Equal(t, "あいうえお", b)
	require.Len(t, big, ChunkSize+1)
}

// FuzzChunk compares the chunk's texts with the references (refJoin),
// before and after later texts were added.
func FuzzChunk(f *testing.F) {
	f.Add("一行|・二行|#三", 3)
	f.Add("https://example.go.jp/abcdefghijklmnop|qrs", 0)
	f.Add("--", 1000)
	f.Fuzz(func(t *testing.T, s string, size int) {
		var c Chunk
		c.Size(size % (4 * ChunkSize))
		lines := linesOf(s)
		j := c.JoinWrapped(lines)
		ts, ok := c.TextString(lines)
		p := c.Paragraphs(lines)
		jn := c.Join(strings.Split(s, "|"), " / ")
		cs := c.Cells(lines)
		if CountParagraphs(lines) != len(refParagraphs(lines)) {
			t.Fatalf("CountParagraphs(%q) = %d, Paragraphs makes %d", s, CountParagraphs(lines), len(refParagraphs(lines)))
		}
		for i := 0; i < 10; i++ { // later texts, new buffers
			c.JoinWrapped(linesOf(s + s))
		}
		wts, wok := refTextString(lines)
		if j != refJoinWrapped(lines) || ts != wts || ok != wok || jn != strings.Join(strings.Split(s, "|"), " / ") ||
			strings.Join(p, "\x00") != strings.Join(refParagraphs(lines), "\x00") || cs != refCells(lines) {
			t.Fatalf("chunk texts differ for %q", s)
		}
	})
}
