// unsafe.Slice checks its length: negative, too large for an int, or
// reaching past the end of the address space is "len out of range"; a nil
// pointer with a non-zero length has its own message.  A nil pointer with
// length zero gives a nil slice.  Pointer constants near the top of the
// address space compile cleanly.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, "gives length", f())
}

func main() {
	var buf [8]uint16
	s := unsafe.Slice(&buf[2], 4)
	s[0] = 7
	fmt.Println(len(s), cap(s), buf[2], &s[3] == &buf[5])
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil)

	neg := -3
	var huge uint64 = math.MaxUint64
	var big uintptr = 1 << 62
	var zero uint8
	try("negative", func() int { return len(unsafe.Slice(&buf[0], neg)) })
	try("huge uint64", func() int { return len(unsafe.Slice(&buf[0], huge)) })
	try("2^62 elements", func() int { return len(unsafe.Slice(&buf[0], big)) })
	try("2^63 elements", func() int { return len(unsafe.Slice(&buf[0], big*2)) })
	try("nil with length", func() int { return len(unsafe.Slice((*uint16)(nil), 2)) })
	try("nil, uint8 zero", func() int { return len(unsafe.Slice((*uint16)(nil), zero)) })

	top := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("last byte", func() int { return len(unsafe.Slice(top, 1)) })
	try("past the top", func() int { return len(unsafe.Slice(top, 2)) })
	fmt.Println(uintptr(unsafe.Pointer(top)) == math.MaxUint64)
}
