package release

import "strconv"

// idRun holds consecutive unit ids "u<first>", "u<first+1>", … in one
// string: an import names every unit it appends, and one string per run of
// ids spares the two small allocations (the digits, then "u" and the
// digits) that each id otherwise costs. The run is never changed once
// made, so copies of a Release may share it.
type idRun struct {
	first int
	text  string
	ends  []uint32 // ends[k] is where id first+k ends in text, and id first+k+1 starts
}

// maxRunIDs bounds a run: long enough for an import's allocations to be
// few, short enough that its unused ids (a release that stops appending)
// cost little.
const maxRunIDs = 4096

// id returns "u<n>" from the run, if it holds it.
func (run *idRun) id(n int) (string, bool) {
	k := n - run.first
	if k < 0 || k >= len(run.ends) {
		return "", false
	}
	start := uint32(0)
	if k > 0 {
		start = run.ends[k-1]
	}
	return run.text[start:run.ends[k]], true
}

// newIDRun makes the run of count ids from first on.
func newIDRun(first, count int) *idRun {
	run := &idRun{first: first, ends: make([]uint32, count)}
	buf := make([]byte, 0, count*(2+len(strconv.Itoa(first+count))))
	for k := range count {
		buf = append(buf, 'u')
		buf = strconv.AppendInt(buf, int64(first+k), 10)
		run.ends[k] = uint32(len(buf))
	}
	run.text = string(buf)
	return run
}
