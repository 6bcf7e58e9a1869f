package rscsv

import (
	"context"
	"encoding/json"
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
