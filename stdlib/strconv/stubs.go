package strconv

// Implemented in C (strconv.c).

// bytesString returns a string that shares b's bytes, without a copy: b must
// be a buffer the caller owns and never modifies again.
func bytesString(b []byte) string
