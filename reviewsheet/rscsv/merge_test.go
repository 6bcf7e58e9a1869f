package rscsv

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

// collect maps every sheet of s as JSON, with the error Sheets returns.
func collect(t testing.TB, s *Set) ([]string, error) {
	var out []string
	err := s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		b, err := json.Marshal(sh)
		require.NoError(t, err)
		out = append(out, string(b))
		return nil
	})
	return out, err
}

// streamedAndLoaded reads paths twice: streamed (Sheets first) and from
// memory (Len first loads every row), and asserts the same sheets, errors
// and warnings.
func streamedAndLoaded(t *testing.T, paths ...string) []string {
	streamed, err := Open(paths...)
	require.NoError(t, err)
	got, gotErr := collect(t, streamed)
	assert.False(t, streamed.loaded.Load(), "ordered files are streamed, not loaded")

	loaded, err := Open(paths...)
	require.NoError(t, err)
	_, err = loaded.Len()
	require.NoError(t, err)
	want, wantErr := collect(t, loaded)
	require.Equal(t, len(want), len(got))
	for i := range want {
		require.True(t, want[i] == got[i], "sheet %d differs between streamed and loaded", i)
	}
	assert.Equal(t, errText(wantErr), errText(gotErr))
	assert.Equal(t, loaded.Warnings(), streamed.Warnings())
	return got
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestStreamFixtures(t *testing.T) {
	assert.Equal(t, 7, len(streamedAndLoaded(t, fixtures2025)))
	streamedAndLoaded(t, handmade006423)
}

// TestStreamUnordered: a file whose rows are not in key order is read from
// memory, with the same sheets as the ordered file.
func TestStreamUnordered(t *testing.T) {
	ordered := t.TempDir()
	shuffled := t.TempDir()
	ents, err := os.ReadDir(fixtures2025)
	require.NoError(t, err)
	for _, e := range ents {
		if !IsTableFile(e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(fixtures2025, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(ordered, e.Name()), data, 0o644))
		if strings.HasPrefix(e.Name(), "1-1_") { // no line breaks in cells; project 11 has one row
			lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
			body := append(slices.Clone(lines[2:]), lines[1]) // the first project (one row) last
			data = []byte(strings.Join(append(lines[:1], body...), "\n") + "\n")
		}
		require.NoError(t, os.WriteFile(filepath.Join(shuffled, e.Name()), data, 0o644))
	}
	s, err := Open(shuffled)
	require.NoError(t, err)
	got, gotErr := collect(t, s)
	assert.True(t, s.loaded.Load(), "an unordered file is read into memory")
	want, wantErr := collect(t, must(Open(ordered)))
	assert.Equal(t, errText(wantErr), errText(gotErr))
	require.Equal(t, len(want), len(got))
	for i := range want {
		assert.True(t, strings.ReplaceAll(want[i], ordered, shuffled) == got[i], "sheet %d differs", i)
	}
}

func must(s *Set, err error) *Set {
	if err != nil {
		panic(err)
	}
	return s
}

// TestStream2024: the whole official 2024 set streams to the same sheets
// as the rows in memory.
func TestStream2024(t *testing.T) {
	dir := rs2024Dir(t)
	if testing.Short() {
		t.Skip("reads the 2024 set twice")
	}
	assert.Len(t, streamedAndLoaded(t, dir), 5664)
}

// remarksFile writes a 6-1 table with one row per project ID, in the
// order given, and returns its directory.
func remarksFile(t *testing.T, ids ...int) string {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("\uFEFF" + commonHeader + ",備考\r\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "レビューシート,2024,%d,事業%d,1,内閣府,内閣府,大臣官房,,会計課,,,,備考%d\r\n", id, id, id)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "6-1_RS_2024_その他備考.csv"), []byte(b.String()), 0o644))
	return dir
}

// TestStreamTrustsOrder: ordered files are read once (no order pass) and
// streamed.
func TestStreamTrustsOrder(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)
	got, err := collect(t, s)
	require.NoError(t, ignoreValueErrors(err))
	assert.Len(t, got, 7)
	assert.False(t, s.loaded.Load(), "streamed")
	assert.False(t, s.orderDone.Load(), "no order pass")
}

// TestStreamEarlyDescent: a descent within the first lookahead sheets of
// a file is seen before anything is delivered: the set is read into
// memory, with every sheet complete.
func TestStreamEarlyDescent(t *testing.T) {
	ids := []int{5, 1} // project 5, then 1: a descent at line 3
	for i := 10; i < 10+3*lookahead; i++ {
		ids = append(ids, i)
	}
	s, err := Open(remarksFile(t, ids...))
	require.NoError(t, err)
	got, err := collect(t, s)
	require.NoError(t, ignoreValueErrors(err))
	assert.True(t, s.loaded.Load(), "read into memory")
	assert.Len(t, got, len(ids))
	assert.Contains(t, got[0], "備考1")
}

// TestStreamLateDescent: a descent after sheets were delivered stops
// Sheets with ErrUnordered at its file and line; the sheets delivered
// before it are those before the descent, and Len-then-Sheets reads the
// whole set.
func TestStreamLateDescent(t *testing.T) {
	var ids []int
	for i := 1; i <= 4*lookahead; i++ {
		ids = append(ids, 2*i)
	}
	ids = append(ids, 3) // the last row goes back
	dir := remarksFile(t, ids...)
	s, err := Open(dir)
	require.NoError(t, err)
	n := 0
	err = s.Sheets(t.Context(), func(*reviewsheet.Sheet) error { n++; return nil })
	require.ErrorIs(t, err, ErrUnordered)
	var re *reviewsheet.Error
	require.ErrorAs(t, err, &re)
	assert.Equal(t, len(ids)+1, re.Line, "the row that goes back (line 1 is the header)")
	assert.Contains(t, re.File, "6-1_")
	assert.Greater(t, n, 0, "sheets were delivered before the descent was read")
	assert.Less(t, n, len(ids))

	loaded, err := Open(dir)
	require.NoError(t, err)
	_, err = loaded.Len()
	require.NoError(t, err)
	got, err := collect(t, loaded)
	require.NoError(t, ignoreValueErrors(err))
	assert.Len(t, got, len(ids))
}

// TestStreamAfterEstimate: once Estimate has checked the order, Sheets
// follows it (an unordered set is read into memory, whatever the place
// of its descent).
func TestStreamAfterEstimate(t *testing.T) {
	var ids []int
	for i := 1; i <= 4*lookahead; i++ {
		ids = append(ids, 2*i)
	}
	ids = append(ids, 3)
	s, err := Open(remarksFile(t, ids...))
	require.NoError(t, err)
	_, err = s.Estimate()
	require.NoError(t, err)
	got, err := collect(t, s)
	require.NoError(t, ignoreValueErrors(err))
	assert.True(t, s.loaded.Load())
	assert.Len(t, got, len(ids))
}
