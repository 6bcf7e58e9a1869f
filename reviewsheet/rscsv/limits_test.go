package rscsv

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/japanese"

	"github.com/rsheet/rsheet/reviewsheet"
)

// zipMember is one member of a ZIP made by writeZip: its body is read
// lazily, so a test can make a GB-sized member without holding it.
type zipMember struct {
	name  string
	body  io.Reader
	flags uint16
}

// writeZip writes the members into dir/name and returns its path.
func writeZip(t testing.TB, dir, name string, members ...zipMember) string {
	t.Helper()
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	require.NoError(t, err)
	zw := zip.NewWriter(f)
	for _, m := range members {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: m.name, Method: zip.Deflate, Flags: m.flags})
		require.NoError(t, err)
		_, err = io.Copy(w, m.body)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
	return p
}

// csvText is a 6-1 table: the shared header and rows.
func csvText(rows ...string) string {
	var b strings.Builder
	b.WriteString("\uFEFF" + commonHeader + ",備考\r\n")
	for _, r := range rows {
		b.WriteString(commonRow + "," + r + "\r\n")
	}
	return b.String()
}

// repeat is a reader of r repeated until n bytes.
func repeat(s string, n int64) io.Reader {
	return io.LimitReader(&cycle{s: s}, n)
}

type cycle struct {
	s   string
	off int
}

func (c *cycle) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k := copy(p[n:], c.s[c.off:])
		n += k
		c.off = (c.off + k) % len(c.s)
	}
	return n, nil
}

// allocDuring returns the bytes allocated while f runs.
func allocDuring(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// readAll opens paths with opts and maps every sheet.
func readAll(opts Options, paths ...string) error {
	s, err := opts.Open(paths...)
	if err != nil {
		return err
	}
	return s.Sheets(context.Background(), func(*reviewsheet.Sheet) error { return nil })
}

// TestZipBomb: a small ZIP whose member inflates to 256 MiB of rows stops
// at Limits.MemberBytes with ErrLimit naming the member, having allocated
// a bounded amount (the rows before the limit, not the member).
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 256 MiB member")
	}
	dir := t.TempDir()
	row := commonRow + "," + strings.Repeat("あ", 40) + "\r\n"
	body := io.MultiReader(strings.NewReader(csvText()), repeat(row, 256<<20))
	p := writeZip(t, dir, "6-1_RS_2024_bomb.zip", zipMember{name: "6-1_RS_2024_その他備考.csv", body: body})
	st, err := os.Stat(p)
	require.NoError(t, err)
	assert.Less(t, st.Size(), int64(2<<20), "the bomb is small on disk")

	var rerr error
	alloc := allocDuring(func() { rerr = readAll(Options{Limits: Limits{MemberBytes: 8 << 20}}, p) })
	require.ErrorIs(t, rerr, ErrLimit)
	assert.Contains(t, rerr.Error(), "6-1_RS_2024_bomb.zip/6-1_RS_2024_その他備考.csv")
	assert.Contains(t, rerr.Error(), "Limits.MemberBytes")
	assert.Less(t, alloc, uint64(64<<20), "allocated %d bytes", alloc)

	// The set's total is bounded as well.
	rerr = readAll(Options{Limits: Limits{TotalBytes: 4 << 20}}, p)
	require.ErrorIs(t, rerr, ErrLimit)
	assert.Contains(t, rerr.Error(), "Limits.TotalBytes")
}

// TestFieldBomb: one 100 MB field (made lazily, never held by the test)
// stops at the record limit with bounded allocation, with the default
// limits.
func TestFieldBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 100 MB member")
	}
	dir := t.TempDir()
	body := io.MultiReader(strings.NewReader(csvText()), strings.NewReader(commonRow+`,"`), repeat("x", 100<<20))
	p := writeZip(t, dir, "6-1_RS_2024_field.zip", zipMember{name: "6-1_RS_2024_その他備考.csv", body: body})
	var rerr error
	alloc := allocDuring(func() { rerr = readAll(Options{}, p) })
	require.ErrorIs(t, rerr, ErrLimit)
	var e *reviewsheet.Error
	require.ErrorAs(t, rerr, &e)
	assert.Equal(t, 2, e.Line, "the record's line")
	assert.Contains(t, rerr.Error(), "Limits.RecordBytes")
	assert.Less(t, alloc, uint64(64<<20), "allocated %d bytes", alloc)

	// A field over FieldBytes within a record that fits.
	long := strings.Repeat("y", 2048)
	p2 := filepath.Join(dir, "6-1_RS_2024_その他備考.csv")
	require.NoError(t, os.WriteFile(p2, []byte(csvText("short", long)), 0o644))
	rerr = readAll(Options{Limits: Limits{FieldBytes: 1024}}, p2)
	require.ErrorIs(t, rerr, ErrLimit)
	require.ErrorAs(t, rerr, &e)
	assert.Equal(t, 3, e.Line)
	assert.Equal(t, "備考", e.Label)
}

func TestRowAndProjectLimits(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "6-1_RS_2024_その他備考.csv")
	require.NoError(t, os.WriteFile(p, []byte(csvText("a", "b", "c")), 0o644))
	err := readAll(Options{Limits: Limits{RowsPerProject: 2}}, p)
	require.ErrorIs(t, err, ErrLimit)
	assert.Contains(t, err.Error(), "Limits.RowsPerProject")
	assert.Contains(t, err.Error(), ":4:")
	require.NoError(t, readAll(Options{Limits: Limits{RowsPerProject: 3}}, p))

	other := strings.Replace(commonRow, ",42,", ",43,", 1)
	require.NotEqual(t, commonRow, other)
	two := csvText("a") + other + ",b\r\n"
	require.NoError(t, os.WriteFile(p, []byte(two), 0o644))
	err = readAll(Options{Limits: Limits{Projects: 1}}, p)
	require.ErrorIs(t, err, ErrLimit)
	assert.Contains(t, err.Error(), "Limits.Projects")
}

// TestZipSlipAndEncrypted: crafted member names and encrypted members are
// refused with ErrZip naming the member; nothing is extracted anywhere.
func TestZipSlipAndEncrypted(t *testing.T) {
	for _, c := range []struct {
		name  string
		flags uint16
		why   string
	}{
		{"../6-1_RS_2024_その他備考.csv", 0, ".."},
		{"a/../../6-1_RS_2024_その他備考.csv", 0, ".."},
		{`..\6-1_RS_2024_その他備考.csv`, 0, ".."},
		{"/etc/6-1_RS_2024_その他備考.csv", 0, "absolute"},
		{"C:/6-1_RS_2024_その他備考.csv", 0, "absolute"},
		{"6-1_RS_2024\x00.csv", 0, "NUL"},
		{"6-1_RS_2024_その他備考.csv", 0x1, "encryption"},
	} {
		t.Run(c.why, func(t *testing.T) {
			dir := t.TempDir()
			p := writeZip(t, dir, "6-1_RS_2024_x.zip", zipMember{name: c.name, body: strings.NewReader(csvText("a")), flags: c.flags})
			_, err := Open(p)
			require.ErrorIs(t, err, ErrZip)
			assert.Contains(t, err.Error(), c.why)
			ents, _ := os.ReadDir(dir)
			assert.Len(t, ents, 1, "nothing written beside the ZIP")
		})
	}
}

func TestTruncatedZip(t *testing.T) {
	dir := t.TempDir()
	p := writeZip(t, dir, "6-1_RS_2024_x.zip", zipMember{name: "6-1_RS_2024_その他備考.csv", body: strings.NewReader(csvText(strings.Repeat("長い備考。", 2000)))})
	data, err := os.ReadFile(p)
	require.NoError(t, err)
	for _, cut := range []int{len(data) - 10, len(data) / 2, 30} {
		require.NoError(t, os.WriteFile(p, data[:cut], 0o644))
		err := readAll(Options{}, p)
		require.Error(t, err, "cut at %d", cut)
		var e *reviewsheet.Error
		assert.ErrorAs(t, err, &e)
	}
	// The central directory intact but the member's data damaged: the
	// checksum or inflate error comes back positioned at the member.
	bad := bytes.Clone(data)
	i := bytes.Index(bad, []byte("6-1_RS_2024_その他備考.csv")) + len("6-1_RS_2024_その他備考.csv") + 40
	for k := i; k < i+64; k++ {
		bad[k] ^= 0x5A
	}
	require.NoError(t, os.WriteFile(p, bad, 0o644))
	err = readAll(Options{}, p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "6-1_RS_2024_x.zip/6-1_RS_2024_その他備考.csv")
}

func TestDuplicateMember(t *testing.T) {
	dir := t.TempDir()
	p := writeZip(t, dir, "6-1_RS_2024_x.zip",
		zipMember{name: "6-1_RS_2024_その他備考.csv", body: strings.NewReader(csvText("first"))},
		zipMember{name: "6-1_RS_2024_その他備考.csv", body: strings.NewReader(csvText("second"))})
	s, err := Open(p)
	require.NoError(t, err)
	require.Len(t, otherWarnings(s), 1)
	assert.Contains(t, otherWarnings(s)[0].Message, "duplicate ZIP member")
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	assert.Equal(t, "first", *sh.OtherRemarks)
}

// TestShiftJIS: a table re-saved as Shift_JIS (CP932) by a spreadsheet
// reads like the UTF-8 one, with a warning naming the encoding; bytes that
// are neither are an ErrEncoding error saying so.
func TestShiftJIS(t *testing.T) {
	dir := t.TempDir()
	utf := strings.TrimPrefix(csvText("備考です①～"), "\uFEFF")
	sjis, err := japanese.ShiftJIS.NewEncoder().String(utf)
	require.NoError(t, err)
	p := filepath.Join(dir, "6-1_RS_2024_その他備考.csv")
	require.NoError(t, os.WriteFile(p, []byte(sjis), 0o644))
	s, err := Open(p)
	require.NoError(t, err)
	require.Len(t, otherWarnings(s), 1)
	assert.Contains(t, otherWarnings(s)[0].Message, "Shift_JIS (CP932)")
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	assert.Equal(t, "備考です①～", *sh.OtherRemarks)

	require.NoError(t, os.WriteFile(p, append([]byte(commonHeader+",備考\r\n"), 0xFF, 0xFF, 0xFE, '\r', '\n'), 0o644))
	_, err = Open(p)
	require.ErrorIs(t, err, reviewsheet.ErrEncoding)
	assert.Contains(t, err.Error(), "neither UTF-8 nor Shift_JIS")
}

// TestDuplicateHeader: a column the importer reads, twice in one header,
// is an error naming both columns (the first copy no longer wins).
func TestDuplicateHeader(t *testing.T) {
	dir := t.TempDir()
	p := writeCSV(t, dir, "6-1_RS_2024_その他備考.csv", "備考,備考", "a,b")
	_, err := Open(p)
	require.ErrorIs(t, err, reviewsheet.ErrConflict)
	assert.Contains(t, err.Error(), `columns 14 and 15 are both named "備考"`)
}
