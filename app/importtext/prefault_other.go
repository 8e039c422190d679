//go:build !linux

package importtext

// prefault does nothing where MADV_POPULATE_WRITE does not exist: the
// pages fault in as they are written.
func prefault([]byte) {}
