// Arrays of 1<<50 bytes or more are rejected as gc rejects them
// (issue49814.go); gosub used to run out of memory building their
// pointer bitmaps.  Sizes that overflow int64 are caught too.

package main

type V [1 << 50]byte // ERROR "larger than address space"

var X [1 << 50]byte // ERROR "larger than address space"

var ok [1 << 20][1 << 10]byte

func main() {
	var m [1 << 40][1 << 40]int64 // ERROR "larger than address space"
	_ = len(m) + len(ok)
}
