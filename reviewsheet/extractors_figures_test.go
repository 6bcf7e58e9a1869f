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
		{"rs2025-006423.libreoffice-sharedcols.pdftotext.txt", 59},
		{"rs2025-006423.chromium-sharedcols.pdftotext.txt", 63},
		{"rs2025-006423.wkhtmltopdf-sharedcols.pdftotext.txt", 67},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.read, figuresRead(t, sample, "../testdata/extractors/"+tc.name))
		})
	}
}

// figuresRead parses path leniently and counts the figures of
// sampleFigures it reads to the sample's; a figure read with another
// value fails the test, an absent one must come with errors of the
// parse. The figures left absent are logged.
func figuresRead(t *testing.T, sample *Sheet, path string) int {
	t.Helper()
	read, wrong := figureCounts(t, sample, path)
	assert.Empty(t, wrong, "figures read wrong")
	return read
}

// figureCounts is figuresRead that returns the figures read wrong
// ("path: got, want ...") instead of failing on them.
func figureCounts(t *testing.T, sample *Sheet, path string) (read int, wrong []string) {
	t.Helper()
	s, list := parseLenientFile(t, path)
	root := jsonRoot(t, s)
	var unread []string
	for _, f := range sampleFigures {
		path, ok := recipientByName(sample, s, f.path)
		if ok {
			path, ok = useByRow(sample, s, path)
		}
		if ok {
			path, ok = subsidyByTarget(sample, s, path)
		}
		if !ok {
			unread = append(unread, f.path)
			continue // the sample's recipient is not read: absent
		}
		v, ok := jsonAt(root, path)
		if ok && v == nil && f.want == "null" {
			read++ // absent in the sample too (--)
			continue
		}
		if !ok || v == nil || unreadZero[f.path] == v || (f.path == "no_end_planned" && v == false && endYearUnread(root)) {
			unread = append(unread, f.path)
			continue
		}
		got, err := json.Marshal(v)
		require.NoError(t, err)
		if f.want != string(got) {
			wrong = append(wrong, fmt.Sprintf("%s: %s, want %s", f.path, got, f.want))
			continue
		}
		read++
	}
	if read < len(sampleFigures) {
		assert.NotEmpty(t, list, "figures are absent, so errors must say why")
	}
	t.Logf("%d of %d figures read; absent: %s", read, len(sampleFigures), strings.Join(unread, ", "))
	return read, wrong
}

// unreadZero are the figures whose zero value is "not read", by that
// value (Sheet keeps them as plain values: no sheet has year 0, and
// 予算事業ID is left "" when its text is no ID).
var unreadZero = map[string]any{"fiscal_year": json.Number("0"), "project_year": json.Number("0"), "project_id": ""}

// endYearUnread reports a sheet whose 事業終了（予定）年度 reads to neither
// a year nor 終了予定なし: its no_end_planned false is not read either.
func endYearUnread(root any) bool {
	v, ok := jsonAt(root, "end_year")
	return ok && v == nil
}

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

var useIndex = regexp.MustCompile(`^spending\.uses\[(\d+)\]`)

// useByRow rewrites a path into sample's 費目・使途 row i to the index of
// the row of s with the same block, recipient (the ideographic space
// printed as a space) and 費目: a text whose first rows are unread moves
// the rows after them, and the row read first is then another row of
// the sample, not a figure read wrong. False when s has no such row.
func useByRow(sample, s *Sheet, path string) (string, bool) {
	m := useIndex.FindStringSubmatch(path)
	if m == nil {
		return path, true
	}
	i, _ := strconv.Atoi(m[1])
	fold := func(u spending.Use) string {
		return u.Block + " " + strings.ReplaceAll(u.Recipient, "\u3000", " ") + " " + u.Item
	}
	want := fold(sample.Spending.Uses[i])
	if s.Spending == nil {
		return "", false
	}
	for j, u := range s.Spending.Uses {
		if fold(u) == want {
			return "spending.uses[" + strconv.Itoa(j) + "]" + path[len(m[0]):], true
		}
	}
	return "", false
}

var subsidyIndex = regexp.MustCompile(`^subsidy_rates\[(\d+)\]`)

// subsidyByTarget rewrites a path into sample's 補助率等 row i to the
// index of the row of s with the same 補助対象: a row not read (an error
// at its line) moves the rows after it. False when s has no such row.
func subsidyByTarget(sample, s *Sheet, path string) (string, bool) {
	m := subsidyIndex.FindStringSubmatch(path)
	if m == nil {
		return path, true
	}
	i, _ := strconv.Atoi(m[1])
	for j, r := range s.Subsidies {
		if r.Target == sample.Subsidies[i].Target {
			return "subsidy_rates[" + strconv.Itoa(j) + "]" + path[len(m[0]):], true
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
	for _, tc := range []struct {
		name        string
		read, whole int
	}{
		{"rs2025-006423.libreoffice.pdftotext.txt", 1, 0},
		{"rs2025-006423.chromium.pdftotext.txt", 31, 31},
		{"rs2025-006423-a5.pdftotext.txt", 38, 34},
		{"rs2025-006423.wkhtmltopdf.pdftotext.txt", 34, 34},
		{"rs2025-006423.libreoffice-sharedcols.pdftotext.txt", 0, 0},
		{"rs2025-006423.chromium-sharedcols.pdftotext.txt", 9, 9},
		{"rs2025-006423.wkhtmltopdf-sharedcols.pdftotext.txt", 27, 27},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, whole := recipientsRead(t, sample, "../testdata/extractors/"+tc.name)
			assert.Equal(t, tc.read, read)
			assert.Equal(t, tc.whole, whole)
		})
	}
}

// recipientsRead parses path leniently and counts the recipients it
// reads (each must be one of the sample's 38, by block and name, with
// each figure the sample's or absent) and those read whole (every
// figure and every contract); one read otherwise fails the test.
func recipientsRead(t *testing.T, sample *Sheet, path string) (read, whole int) {
	t.Helper()
	read, whole, wrong := recipientCounts(t, sample, path)
	assert.Empty(t, wrong, "recipients read wrong")
	return read, whole
}

// recipientCounts is recipientsRead that returns what is read wrong
// (a recipient not of the sample, a figure or a contract count not the
// sample's) instead of failing on it. A recipient read under no block
// (block "", an error of the parse says so) is not counted; its figures
// must be those of the sample's recipient of that name.
func recipientCounts(t *testing.T, sample *Sheet, path string) (read, whole int, wrong []string) {
	t.Helper()
	fold := func(r spending.Recipient) string { return r.Block + " " + strings.ReplaceAll(r.Name, "\u3000", " ") }
	want := map[string]spending.Recipient{}
	byName := map[string]spending.Recipient{}
	for _, r := range sample.Spending.Recipients {
		want[fold(r)] = r
		byName[strings.ReplaceAll(r.Name, "\u3000", " ")] = r
	}
	require.Len(t, want, 38)
	s, _ := parseLenientFile(t, path)
	if s.Spending == nil {
		return 0, 0, nil
	}
	same := func(what string, ok bool) bool {
		if !ok {
			wrong = append(wrong, what)
		}
		return ok
	}
	for _, r := range s.Spending.Recipients {
		w, ok := want[fold(r)]
		if !ok && r.Block == "" {
			w, ok = byName[strings.ReplaceAll(r.Name, "\u3000", " ")]
		}
		if !same(fold(r)+": not a recipient of the sample", ok) {
			continue
		}
		all := same(fold(r)+" 支出額", absentOrEqual(r.Amount, w.Amount)) &&
			same(fold(r)+" 法人番号", absentOrEqual(r.CorporateNumber, w.CorporateNumber)) &&
			same(fmt.Sprintf("%s: %d contracts, the sample has %d", fold(r), len(r.Contracts), len(w.Contracts)), len(r.Contracts) <= len(w.Contracts))
		for i := 0; i < len(r.Contracts) && i < len(w.Contracts); i++ {
			c, wc := r.Contracts[i], w.Contracts[i]
			at := fmt.Sprintf("%s contract %d", fold(r), i)
			all = same(at+" 支出額", absentOrEqual(c.Amount, wc.Amount)) &&
				same(at+" 入札者数", absentOrEqual(c.Bidders, wc.Bidders)) &&
				same(at+" 落札率", absentOrEqual(c.WinningBidRate, wc.WinningBidRate)) && all
		}
		if r.Block == "" {
			continue
		}
		read++
		if all && len(r.Contracts) == len(w.Contracts) && reflect.DeepEqual(r.Amount, w.Amount) && reflect.DeepEqual(r.CorporateNumber, w.CorporateNumber) {
			whole++
		}
	}
	t.Logf("%d of 38 recipients read, %d whole", read, whole)
	return read, whole, wrong
}

// absentOrEqual reports whether got is absent (nil) or equal to want.
func absentOrEqual[T comparable](got, want *T) bool {
	return got == nil || (want != nil && *got == *want)
}
