package importtext

import (
	"errors"
	"io"
	"os"

	"taiyaku/app/internal/prefault"
	"taiyaku/app/problem"
	"taiyaku/app/webpage"
)

// readEdition reads a whole edition from one open file: its size, which
// sizes the buffer and refuses a web page over webpage.Limit before it is
// read, then its bytes. The buffer's pages are mapped before the read
// (prefault), so that the kernel does not stop to map each of them as it
// copies the file in: a fresh page costs a fault otherwise, about 850 for
// a 3.4 MB edition.
func readEdition(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = int(min(st.Size(), int64(maxInt)))
	}
	if size > webpage.Limit {
		if err := refuseHugePage(f, path); err != nil {
			return nil, err
		}
	}
	data, err := readAll(f, size)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	return data, nil
}

const maxInt = int(^uint(0) >> 1)

// refuseHugePage refuses a web page over webpage.Limit from the first
// bytes that tell it is a page, and goes back to the start of the file.
func refuseHugePage(f *os.File, path string) error {
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	if webpage.IsHTML(head[:n]) {
		return problem.New("ErrWebTooLarge", "File", path, "Limit", webpage.Limit>>20)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return problem.Wrap(err, "ErrRead", "File", path)
	}
	return nil
}

// readAll reads f to its end into a buffer of size bytes and a little
// more, grown if the file has grown since (as os.ReadFile does).
func readAll(f *os.File, size int) ([]byte, error) {
	if size < 512 {
		size = 512
	} else {
		size++ // one more byte, so that the read that finds the end needs no new buffer
	}
	data := make([]byte, 0, size)
	prefault.Bytes(data[:cap(data)])
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = nil
			}
			return data, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}
