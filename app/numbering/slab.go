package numbering

// Analyze hands out one label and one path for each labelled block of an
// edition: thousands of small objects per release, read as long as the
// release is. The slabs below cut them from shared chunks instead, a few
// allocations per edition rather than two per label, which spares the
// allocator, the collector and the page faults of fresh memory. A chunk
// is never grown in place (that would move the labels handed out), only
// replaced by a larger one when full.

// minChunk and maxChunk bound a chunk's length: small for the short
// releases the window re-checks as the user types, up to a size whose
// unused tail costs little in a long one.
const (
	minChunk = 16
	maxChunk = 1024
)

// labelSlab hands out stable pointers to copies of labels.
type labelSlab struct {
	free  []Label
	chunk int // length of the latest chunk
}

// add copies l into the slab and returns its address.
func (s *labelSlab) add(l Label) *Label {
	if len(s.free) == 0 {
		s.chunk = nextChunk(s.chunk)
		s.free = make([]Label, s.chunk)
	}
	p := &s.free[0]
	*p = l
	s.free = s.free[1:]
	return p
}

// pathSlab hands out label paths cut from shared arrays of ordinals.
type pathSlab struct {
	free  []int
	chunk int // length of the latest chunk
}

// ordinals returns the path of the chain's deepest label: the ordinal of
// every open level, from level 1 down. The path is capped at its length,
// so that a caller appending to it copies it rather than writing over the
// next label's path.
func (s *pathSlab) ordinals(chain []openLevel) []int {
	n := len(chain)
	if len(s.free) < n {
		s.chunk = nextChunk(s.chunk)
		s.free = make([]int, max(s.chunk, n))
	}
	path := s.free[:n:n]
	for i, o := range chain {
		path[i] = o.ordinal
	}
	s.free = s.free[n:]
	return path
}

// nextChunk is the length of the chunk after one of length last (0: the
// first): twice as long, within minChunk and maxChunk.
func nextChunk(last int) int {
	return min(max(2*last, minChunk), maxChunk)
}
