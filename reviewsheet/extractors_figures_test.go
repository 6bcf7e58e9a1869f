package reviewsheet

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rsheet/rsheet/spending"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPdftotextDefaultFigures reads sampleFigures (the acceptance's
// table of the sample's figures) in the pdftotext default-mode texts of
// the producer PDFs, whose lenient parse still reports errors
// (TestPdftotextDefaultProducers). Every figure must be the sample's or
// absent (null, with an error of the parse saying why): a figure read
// with another value fails. The counts of figures read pin the progress.
// A recipient is looked up by the sample's name, not by its index, since
// an unread recipient moves the ones after it.
func TestPdftotextDefaultFigures(t *testing.T) {
	sample := parseFile(t, samplePath)
	for _, tc := range []struct {
		name string
		read int // of len(sampleFigures)
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 62},
		{"rs2025-006423.chromium.pdftotext.txt", 80},
		{"rs2025-006423-a5.pdftotext.txt", 83},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 83},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, list := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			root := jsonRoot(t, s)
			read := 0
			var unread []string
			for _, f := range sampleFigures {
				path, ok := recipientByName(sample, s, f.path)
				if !ok {
					unread = append(unread, f.path)
					continue // the sample's recipient is not read: absent
				}
				v, ok := jsonAt(root, path)
				if ok && v == nil && f.want == "null" {
					read++ // absent in the sample too (--)
					continue
				}
				if !ok || v == nil || (unreadZero[f.path] && v == json.Number("0")) {
					unread = append(unread, f.path)
					continue
				}
				got, err := json.Marshal(v)
				require.NoError(t, err)
				if assert.Equal(t, f.want, string(got), "%s (read as %s): a figure read wrong", f.path, path) {
					read++
				}
			}
			if read < len(sampleFigures) {
				assert.NotEmpty(t, list, "figures are absent, so errors must say why")
			}
			t.Logf("%d of %d figures read; absent: %s", read, len(sampleFigures), strings.Join(unread, ", "))
			assert.Equal(t, tc.read, read)
		})
	}
}

// unreadZero are the figures whose zero value is "not read" (Sheet keeps
// them as plain ints: no sheet has year 0).
var unreadZero = map[string]bool{"fiscal_year": true, "project_year": true}

var recipientIndex = regexp.MustCompile(`^spending\.recipients\[(\d+)\]`)

// recipientByName rewrites a path into sample's recipient i to the
// index of the recipient of s with the same block and name (the
// ideographic space printed as a space; each block has its その他);
// false when s has no such recipient.
func recipientByName(sample, s *Sheet, path string) (string, bool) {
	m := recipientIndex.FindStringSubmatch(path)
	if m == nil {
		return path, true
	}
	i, _ := strconv.Atoi(m[1])
	fold := func(n string) string { return strings.ReplaceAll(n, "\u3000", " ") }
	want := sample.Spending.Recipients[i]
	if s.Spending == nil {
		return "", false
	}
	for j, r := range s.Spending.Recipients {
		if fold(r.Name) == fold(want.Name) && r.Block == want.Block {
			return "spending.recipients[" + strconv.Itoa(j) + "]" + path[len(m[0]):], true
		}
	}
	return "", false
}

// TestPdftotextDefaultRecipients checks every recipient the default-mode
// texts read, not only those of sampleFigures: a recipient must be one
// of the sample's (by block and name), and each of its figures (支出額,
// 法人番号, and its contracts' 支出額, 入札者数 and 落札率, in order) the
// sample's or absent. The counts pin how many of the sample's 38
// recipients are read, and how many of them whole (every figure and
// every contract). LibreOffice's text pairs labels with other rows'
// values (支出先名 山梨県 / 支出額 3,672, which is 岐阜県's), so its list
// is left to fail.
func TestPdftotextDefaultRecipients(t *testing.T) {
	sample := parseFile(t, samplePath)
	fold := func(r spending.Recipient) string { return r.Block + " " + strings.ReplaceAll(r.Name, "\u3000", " ") }
	want := map[string]spending.Recipient{}
	for _, r := range sample.Spending.Recipients {
		want[fold(r)] = r
	}
	require.Len(t, want, 38)
	for _, tc := range []struct {
		name        string
		read, whole int
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 1, 0},
		{"rs2025-006423.chromium.pdftotext.txt", 31, 31},
		{"rs2025-006423-a5.pdftotext.txt", 38, 34},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 34, 34},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := parseLenientFile(t, "../testdata/extractors/"+tc.name)
			require.NotNil(t, s.Spending)
			read, whole := 0, 0
			for _, r := range s.Spending.Recipients {
				w, ok := want[fold(r)]
				if !assert.True(t, ok, "%s: not a recipient of the sample", fold(r)) {
					continue
				}
				read++
				same := sameOrAbsent(t, fold(r)+" 支出額", r.Amount, w.Amount) &&
					sameOrAbsent(t, fold(r)+" 法人番号", r.CorporateNumber, w.CorporateNumber) &&
					assert.LessOrEqual(t, len(r.Contracts), len(w.Contracts), "%s: contracts", fold(r))
				for i := 0; i < len(r.Contracts) && i < len(w.Contracts); i++ {
					c, wc := r.Contracts[i], w.Contracts[i]
					at := fmt.Sprintf("%s contract %d", fold(r), i)
					same = sameOrAbsent(t, at+" 支出額", c.Amount, wc.Amount) &&
						sameOrAbsent(t, at+" 入札者数", c.Bidders, wc.Bidders) &&
						sameOrAbsent(t, at+" 落札率", c.WinningBidRate, wc.WinningBidRate) && same
				}
				if same && len(r.Contracts) == len(w.Contracts) && reflect.DeepEqual(r.Amount, w.Amount) && reflect.DeepEqual(r.CorporateNumber, w.CorporateNumber) {
					whole++
				}
			}
			t.Logf("%d of 38 recipients read, %d whole", read, whole)
			assert.Equal(t, tc.read, read)
			assert.Equal(t, tc.whole, whole)
		})
	}
}

// sameOrAbsent reports whether got is absent (nil) or equal to want; a
// value read differently fails the test.
func sameOrAbsent[T comparable](t *testing.T, what string, got, want *T) bool {
	t.Helper()
	if got == nil {
		return true
	}
	return assert.NotNil(t, want, "%s: read where the sample has none", what) && assert.Equal(t, *want, *got, "%s: read wrong", what)
}
