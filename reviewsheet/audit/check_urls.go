package audit

import (
	"fmt"
	"net/url"
	"strings"
)

// CodeURLScheme: a URL field that is not an http(s) URL. The text is kept
// as printed (raw); readers and the report must not make a link of it.
const CodeURLScheme Code = "basic.url_scheme"

// urls checks every URL field of the sheet: 事業概要URL, 政策体系・評価書URL,
// 計画・通知等URL, 補助率URL and the KPI's URL. A field may hold several
// URLs separated by white space; each is checked. A token with a scheme
// other than http or https (javascript:, data:, file:, …) is a warning;
// a field with no URL at all (text such as なし) is an info.
func (c *checker) urls() {
	s := c.s
	c.urlField("overview_url", s.OverviewURL)
	for i := range s.Policies {
		c.urlField(fmt.Sprintf("policies[%d].url", i), s.Policies[i].URL)
	}
	for i := range s.Plans {
		c.urlField(fmt.Sprintf("plans[%d].url", i), s.Plans[i].URL)
	}
	for i := range s.Subsidies {
		c.urlField(fmt.Sprintf("subsidy_rates[%d].url", i), s.Subsidies[i].URL)
	}
	c.urlField("kpi.url", s.KPI.URL)
}

func (c *checker) urlField(path string, v *string) {
	if v == nil {
		return
	}
	fields := strings.Fields(*v)
	web := 0
	for _, tok := range fields {
		switch scheme, ok := urlScheme(tok); {
		case !ok:
		case scheme == "http" || scheme == "https":
			web++
		default:
			c.add(CodeURLScheme, SeverityWarning, path, tok, "", "a %s: URL where an http(s) URL belongs: kept as printed, never to be opened or linked", scheme)
			return
		}
	}
	if web == 0 && len(fields) > 0 && !isNoneText(*v) {
		c.add(CodeURLScheme, SeverityInfo, path, *v, "", "no http(s) URL in a URL field")
	}
}

// urlScheme returns the lower-case scheme of tok when tok starts like a
// URL ("scheme:…").
func urlScheme(tok string) (string, bool) {
	i := strings.IndexByte(tok, ':')
	if i <= 0 {
		return "", false
	}
	u, err := url.Parse(tok)
	if err != nil || u.Scheme == "" {
		// A scheme followed by bytes net/url refuses is still a scheme.
		for _, r := range tok[:i] {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
				return "", false
			}
		}
		return strings.ToLower(tok[:i]), true
	}
	return strings.ToLower(u.Scheme), true
}

// isNoneText reports text that says there is nothing (なし, -, ー …).
func isNoneText(s string) bool {
	switch strings.TrimSpace(s) {
	case "なし", "無し", "-", "ー", "－", "―", "--", "該当なし", "特になし":
		return true
	}
	return false
}
