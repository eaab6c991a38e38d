package strings

// Implemented in C (strings.c).

// bytesString returns a string that shares b's bytes, without a copy: b must
// be a buffer the caller owns and never modifies again.
func bytesString(b []byte) string

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int
