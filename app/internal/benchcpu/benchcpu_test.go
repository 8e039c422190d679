package benchcpu

import "testing"

// TestTimeGrows: busy work moves the clock forward where it is read.
func TestTimeGrows(t *testing.T) {
	if !Measured {
		t.Skip("CPU time not read on this system")
	}
	start := Time()
	x := 0
	for i := 0; Time() == start && i < 1e9; i++ {
		x += i
	}
	if Time() <= start {
		t.Fatalf("CPU time did not grow (%d)", x)
	}
}

func BenchmarkReport(b *testing.B) {
	defer Report(b)()
	for b.Loop() {
		_ = Time()
	}
}
