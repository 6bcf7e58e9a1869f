package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func decode(t *testing.T, s string) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v))
	setAside(v)
	return v
}

func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name, want, got, producer, out string
	}{
		{"equal", `{"a":1,"b":["x"]}`, `{"b":["x"],"a":1}`, "", "equal"},
		{"source and overview aside", `{"source":[1],"outcome":{"overview":[1,2],"n":1}}`, `{"source":[2],"outcome":{"overview":[2,1],"n":1}}`, "", "equal"},
		{"number", `{"m":{"amount":1000}}`, `{"m":{"amount":1001}}`, "", "differ .m.amount got=1001 want=1000"},
		{"first path in key order", `{"b":1,"a":[1,2]}`, `{"b":2,"a":[1,3]}`, "", "differ .a[1] got=3 want=2"},
		{"length", `{"a":[1,2]}`, `{"a":[1]}`, "", "differ .a.length got=1 want=2"},
		{"null vs zero", `{"a":null}`, `{"a":0}`, "", "differ .a got=0 want=null"},
		{"missing key", `{"a":"x"}`, `{}`, "", `differ .a got=null want="x"`},
		{"u3000", `{"s":"内閣府　政策"}`, `{"s":"内閣府 政策"}`, "", "equal allowed=u3000"},
		{"wave dash", `{"s":"10～20件"}`, `{"s":"10〜20件"}`, "chromium", "equal allowed=wavedash"},
		{"autospace libreoffice", `{"s":"予算事業ID"}`, `{"s":"予算事業 ID"}`, "libreoffice", "equal allowed=autospace"},
		{"autospace not chromium", `{"s":"予算事業ID"}`, `{"s":"予算事業 ID"}`, "chromium", `differ .s got="予算事業 ID" want="予算事業ID"`},
		{"autospace only Latin", `{"s":"①特別"}`, `{"s":"① 特別"}`, "libreoffice", `differ .s got="① 特別" want="①特別"`},
		{"private use", `{"s":"\uf06c我が国／\uf06c本事業"}`, `{"s":"我が国／\u3000本事業"}`, "chromium", "equal allowed=pua"},
		{"no private use", `{"s":"我が国／本事業"}`, `{"s":"我が国／\u3000本事業"}`, "chromium", "differ .s got=\"我が国／\u3000本事業\" want=\"我が国／本事業\""},
		{"radical", `{"s":"巳"}`, `{"s":"⺒"}`, "chromium", `differ .s got="⺒" want="巳"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.out, compare(decode(t, tc.want), decode(t, tc.got), tc.producer).String())
		})
	}
}
