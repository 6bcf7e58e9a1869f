package rscsv

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// csvKeys reads columns yc and ic of every non-blank record with
// encoding/csv, with the line each starts on.
func csvKeys(t *testing.T, text string, yc, ic int) [][3]any {
	cr := csv.NewReader(strings.NewReader(text))
	cr.FieldsPerRecord = -1
	var out [][3]any
	for {
		f, err := cr.Read()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		line, _ := cr.FieldPos(0)
		if len(f) == 1 && strings.TrimSpace(f[0]) == "" {
			continue
		}
		get := func(i int) string {
			if i < len(f) {
				return strings.TrimSpace(f[i])
			}
			return ""
		}
		out = append(out, [3]any{get(yc), get(ic), line})
	}
}

func scannerKeys(t *testing.T, text string, yc, ic int) [][3]any {
	ks := newKeyScanner(strings.NewReader(text), yc, ic, 1<<20)
	var out [][3]any
	for {
		y, id, line, err := ks.next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		out = append(out, [3]any{y, id, line})
	}
}

// TestKeyScanner: the order pass reads the same keys, on the same lines,
// as encoding/csv, on real files and on the shapes RFC 4180 allows.
func TestKeyScanner(t *testing.T) {
	for _, text := range []string{
		"a,2024,1,x\r\nb,2024,2,y\r\n",
		"a,2024,1,\"x,\"\"q\"\"\r\nnext\"\r\n\r\nb,2024,2,y",
		"a,\"2024\",\" 3 \",\"\"\n\nb,2025,4,\"multi\nline\nfield\"\nc,2025,5\n",
		"a,2024\n",
		"",
		"\n\n",
	} {
		assert.Equal(t, csvKeys(t, text, 1, 2), scannerKeys(t, text, 1, 2), "%q", text)
	}
	files, err := filepath.Glob(filepath.Join(fixtures2025, "*.csv"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, p := range files {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		text := strings.TrimPrefix(string(data), "\uFEFF")
		assert.Equal(t, csvKeys(t, text, 1, 2), scannerKeys(t, text, 1, 2), filepath.Base(p))
	}
}
