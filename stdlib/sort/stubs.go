package sort

// Implemented in C (slice.c).

// sliceLen returns len(x) for a slice x; it panics if x is not a slice.
func sliceLen(x any) int

// sliceSwap exchanges elements i and j of the slice x.
func sliceSwap(x any, i, j int)
