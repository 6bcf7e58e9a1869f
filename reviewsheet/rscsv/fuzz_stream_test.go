package rscsv

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"
)

// FuzzStreamMatchesMemory reads arbitrary bytes as an RS ZIP twice:
// streamed (Sheets on a fresh Set, which trusts the files' order, see
// merge.go) and from memory (Len first). Unless the stream stopped at a
// late descent (ErrUnordered, documented), both give the same sheets and
// the same errors; an error that stops a file stops both.
//
//	go test ./reviewsheet/rscsv -run '^$' -fuzz '^FuzzStreamMatchesMemory$' -fuzztime 120s
func FuzzStreamMatchesMemory(f *testing.F) {
	f.Add(zipOf(f, "6-1_RS_2025_その他備考.csv"))
	f.Add(zipOf(f, "1-4_RS_2025_基本情報_補助率等.csv", "5-2_RS_2025_支出先_支出ブロックのつながり.csv"))
	f.Add(zipOf(f, "1-1_RS_2025_基本情報_組織情報.csv", "5-4_RS_2025_支出先_国庫債務負担行為等による契約.csv", "6-1_RS_2025_その他備考.csv"))
	f.Add(remarksZip(f, 5, 1, 7, 9)) // a descent at the second row
	ids := []int{}
	for i := 1; i <= 3*lookahead; i++ {
		ids = append(ids, 2*i)
	}
	f.Add(remarksZip(f, append(ids, 3)...)) // a descent after sheets were delivered
	lim := Limits{MemberBytes: 4 << 20, TotalBytes: 8 << 20, RecordBytes: 256 << 10, FieldBytes: 64 << 10, RowsPerProject: 1000, Projects: 1000}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "rs.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		streamed, err := Options{Limits: lim}.Open(p)
		if err != nil {
			return
		}
		got, gotErr := sheetsJSON(streamed)
		if errors.Is(gotErr, ErrUnordered) {
			return
		}
		loaded, err := Options{Limits: lim}.Open(p)
		if err != nil {
			t.Fatalf("second Open: %v", err)
		}
		_, lenErr := loaded.Len()
		want, wantErr := sheetsJSON(loaded)
		gotFatal, wantFatal := fatal(gotErr), fatal(wantErr) || lenErr != nil
		if gotFatal != wantFatal {
			t.Fatalf("streamed error %v, loaded error %v", gotErr, wantErr)
		}
		if gotFatal {
			return // the stream may have delivered sheets before the error
		}
		if len(got) != len(want) {
			t.Fatalf("streamed %d sheets, loaded %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("sheet %d differs:\nstreamed %s\nloaded   %s", i, got[i], want[i])
			}
		}
		if errText(gotErr) != errText(wantErr) {
			t.Fatalf("errors differ:\nstreamed %v\nloaded   %v", gotErr, wantErr)
		}
	})
}

// sheetsJSON maps every sheet of s as JSON, with the error Sheets returns.
func sheetsJSON(s *Set) ([]string, error) {
	var out []string
	err := s.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		b, err := json.Marshal(sh)
		if err != nil {
			return err
		}
		out = append(out, string(b))
		return nil
	})
	return out, err
}

// fatal reports whether err stopped Sheets (value problems come as an
// ErrorList after a complete walk).
func fatal(err error) bool {
	var l reviewsheet.ErrorList
	return err != nil && !errors.As(err, &l)
}

// remarksZip is a ZIP of one 6-1 table with one row per project ID, in
// the order given.
func remarksZip(tb testing.TB, ids ...int) []byte {
	var csv bytes.Buffer
	csv.WriteString("\uFEFF" + commonHeader + ",備考\r\n")
	for _, id := range ids {
		fmt.Fprintf(&csv, "レビューシート,2024,%d,事業%d,1,内閣府,内閣府,大臣官房,,会計課,,,,備考%d\r\n", id, id, id)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("6-1_RS_2024_その他備考.csv")
	if err != nil {
		tb.Fatal(err)
	}
	w.Write(csv.Bytes())
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
