package rscsv

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// zipOf packs files of testdata/rscsv/2025 (real rows) into a ZIP.
func zipOf(tb testing.TB, names ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(fixtures2025, n))
		if err != nil {
			tb.Fatal(err)
		}
		w, err := zw.Create(n)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzReadZip feeds arbitrary bytes as an RS ZIP to Open and maps every
// sheet: whatever the bytes, the reader returns (an error or sheets) and
// never panics, hangs or allocates past its limits. Seeds are real 2025
// rows of small tables, alone and together, and a CSV saved as Shift_JIS.
//
//	go test ./reviewsheet/rscsv -run '^$' -fuzz '^FuzzReadZip$' -fuzztime 300s
func FuzzReadZip(f *testing.F) {
	f.Add(zipOf(f, "6-1_RS_2025_その他備考.csv"))
	f.Add(zipOf(f, "1-4_RS_2025_基本情報_補助率等.csv", "5-2_RS_2025_支出先_支出ブロックのつながり.csv"))
	f.Add(zipOf(f, "1-1_RS_2025_基本情報_組織情報.csv", "5-4_RS_2025_支出先_国庫債務負担行為等による契約.csv", "6-1_RS_2025_その他備考.csv"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	lim := Limits{MemberBytes: 4 << 20, TotalBytes: 8 << 20, RecordBytes: 256 << 10, FieldBytes: 64 << 10, RowsPerProject: 1000, Projects: 1000}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "rs.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		readAll(Options{Limits: lim}, p)
	})
}
