package check

// unmatched lists the items of a, soft ones left out, that no item of b
// matches: the dates or times one edition has and the other lacks.
func unmatched[T any](a, b []T, soft func(T) bool, match func(T, T) bool) []T {
	var out []T
	for _, x := range a {
		if soft(x) {
			continue
		}
		found := false
		for _, y := range b {
			if match(x, y) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}
