package prefault

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// After Heap, a large allocation lands in memory advised for huge pages:
// the kernel lists the "hg" flag on the mapping that holds its middle
// (its first bytes may share a huge page with what came before, which
// is not advised).
func TestHeapAdvisesWhatFollows(t *testing.T) {
	<-Heap(64 << 20)
	b := make([]byte, 8<<20)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + uintptr(len(b)/2)
	flags, ok := vmaFlags(t, p)
	if !ok {
		t.Fatalf("no mapping holds %#x", p)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Fatalf("the mapping holding the allocation is not advised for huge pages: %q", flags)
	}
	for i := range b {
		b[i] = 1 // the memory is the program's, as any other
	}
}

// vmaFlags is the VmFlags line of the mapping of /proc/self/smaps that
// holds address p.
func vmaFlags(t *testing.T, p uintptr) (string, bool) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := mappingRange(line); ok {
			in = lo <= p && p < hi
			continue
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// mappingRange reads the "lo-hi" address range that starts a mapping's
// header line in smaps.
func mappingRange(line string) (lo, hi uintptr, ok bool) {
	r, _, _ := strings.Cut(line, " ")
	a, b, found := strings.Cut(r, "-")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(a, 16, 64)
	y, err2 := strconv.ParseUint(b, 16, 64)
	return uintptr(x), uintptr(y), err1 == nil && err2 == nil
}
