package ref

// Durations. Translators turn minutes into hours and back (90分間 = "one
// and a half hours", 1時間半 = "90 minutes"), so a number followed by a
// unit of time carries its other reading in Number.Alt.

// andAHalf reads the " and a half" of "one and a half hours".
func andAHalf(s string, v float64, end int) (float64, int) {
	const half = " and a half"
	if hasPrefixAt(s, end, half) && !isLetter(at(s, end+len(half))) {
		return v + 0.5, end + len(half)
	}
	return v, end
}

// enDuration is the other reading of a duration: "90 minutes" is also 1.5
// hours, "two hours" 120 minutes; 0 when no unit of time follows.
func enDuration(s string, v float64, end int) float64 {
	if c := at(s, end); c != ' ' && c != '-' {
		return 0
	}
	if c := at(s, end+1) | 0x20; c != 'h' && c != 'm' {
		return 0 // not the first letter of hour(s) or minute(s)
	}
	switch w, _ := wordAt(s, end+1); w.kind {
	case kUnitHour:
		return v * 60
	case kUnitMinute:
		return v / 60
	}
	return 0
}

// jaDuration reads 分(間) or 時間(半) after a Japanese number: the value in
// the unit written, its other reading (90分 = 1.5 hours, 1時間半 = 90
// minutes) and the end.
func jaDuration(s string, v float64, end int) (float64, float64, int) {
	switch {
	case hasPrefixAt(s, end, "時間半"):
		return v + 0.5, (v + 0.5) * 60, end + len("時間半")
	case hasPrefixAt(s, end, "時間"):
		return v, v * 60, end + len("時間")
	case hasPrefixAt(s, end, "分"):
		return v, v / 60, end
	}
	return v, 0, end
}

// anHour reads "an hour", "an hour and a half" and "half an hour" at the
// word s[i:j] as word numbers of hours, so that 1時間 and 30分 find them.
func (sc *scanner) anHour(i, j int, half bool) (int, bool) {
	s := sc.s
	k := j
	if half {
		if !hasPrefixAt(s, k, " an ") {
			return 0, false
		}
		k += len(" an")
	}
	if !hasPrefixAt(s, k, " hour") || isLetter(at(s, k+len(" hour"))) {
		return 0, false
	}
	v, end := 1.0, k+len(" hour")
	if half {
		v = 0.5
	} else {
		v, end = andAHalf(s, v, end)
	}
	sc.addNumber(Number{Value: v, Raw: s[i:end], Word: true, Alt: v * 60})
	return end, true
}
