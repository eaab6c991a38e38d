// Slicing to an empty result at the end of a string, or to no capacity at
// the end of a slice or array, keeps the base pointer instead of pointing
// one past the end of the object (where the next object starts, which the
// collector would then keep alive).  Results with capacity left point at
// element lo as usual.
package main

import (
	"fmt"
	"unsafe"
)

// The data pointer is the first word of a string or slice header.
func sptr(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func bptr(b []byte) uintptr { return *(*uintptr)(unsafe.Pointer(&b)) }

func iptr(x []int32) uintptr { return *(*uintptr)(unsafe.Pointer(&x)) }

func main() {
	n := 6
	s := "gopher"
	base := sptr(s)
	fmt.Println("s[6:] at base:", sptr(s[n:]) == base, len(s[n:]))
	fmt.Println("s[3:3] at base:", sptr(s[3:n/2]) == base)
	fmt.Println("s[2:] at 2:", sptr(s[2:n])-base)

	b := make([]byte, 8, 8)
	bb := bptr(b)
	fmt.Println("b[8:] at base:", bptr(b[n+2:]) == bb, len(b[n+2:]), cap(b[n+2:]))
	fmt.Println("b[3:3] at 3:", bptr(b[3:n/2])-bb, cap(b[3:n/2]))
	fmt.Println("b[2:4:4] at 2:", bptr(b[2:4:4])-bb)
	fmt.Println("b[4:4:4] at base:", bptr(b[4:4:n-2]) == bb)
	fmt.Println("b[1:][3:][4:] at base:", bptr(b[1:][3:][4:]) == bb)

	var a [5]int32
	ap := uintptr(unsafe.Pointer(&a))
	fmt.Println("a[5:] at base:", iptr(a[n-1:]) == ap)
	fmt.Println("a[2:] at 8:", iptr(a[n-4:])-ap)
}
