package ui

import (
	"strconv"
	"strings"

	"taiyaku/app/release"
	"taiyaku/i18n"
)

// checkName is a check's name in the UI language ("Numbers differ" for
// content.number-mismatch): the ids are for files and the command line.
func checkName(tr *i18n.Localizer, id string) string {
	return tr.T("Check_" + strings.NewReplacer(".", "_", "-", "_").Replace(id))
}

// historyDetail renders a trail entry's detail, stored language-neutral
// as key=value pairs ("edition=en role=課長"), in the UI language:
// "Edition: English · Role: 課長". Unit ids become unit numbers, long
// digests are shortened, and text that is not key=value is kept as is.
func historyDetail(tr *i18n.Localizer, detail string, r *release.Release) string {
	pairs, ok := splitDetail(detail)
	if !ok {
		return detail
	}
	out := make([]string, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, tr.T("History_"+p[0])+": "+historyValue(tr, p[0], p[1], r))
	}
	return strings.Join(out, " · ")
}

// historyKeys are the keys a detail may have, with a label in locales/.
var historyKeys = map[string]bool{"edition": true, "role": true, "reason": true, "check": true, "unit": true,
	"units": true, "status": true, "comment": true, "ja": true, "en": true, "errors": true, "comments": true}

func historyValue(tr *i18n.Localizer, key, v string, r *release.Release) string {
	switch key {
	case "edition":
		return tr.T("Side_" + v)
	case "status":
		return tr.T("Status_" + v)
	case "check":
		return checkName(tr, v)
	case "unit":
		if i := r.Index(v); i >= 0 {
			return strconv.Itoa(i + 1)
		}
	case "ja", "en":
		if len(v) > 16 { // a digest
			return v[:12] + "…"
		}
		return tr.T("HistoryState_" + strings.ReplaceAll(v, "-", "_"))
	}
	return v
}

// splitDetail splits key=value pairs, values quoted when they hold a space;
// ok is false when the detail is not made of known keys.
func splitDetail(s string) (pairs [][2]string, ok bool) {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		eq := strings.IndexByte(s, '=')
		if eq <= 0 || !historyKeys[s[:eq]] {
			return nil, false
		}
		key, rest := s[:eq], s[eq+1:]
		var v string
		if strings.HasPrefix(rest, `"`) {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return nil, false
			}
			v, _ = strconv.Unquote(q)
			rest = rest[len(q):]
		} else {
			end := strings.IndexByte(rest, ' ')
			if end < 0 {
				end = len(rest)
			}
			v, rest = rest[:end], rest[end:]
		}
		pairs = append(pairs, [2]string{key, v})
		s = rest
	}
	return pairs, len(pairs) > 0
}
