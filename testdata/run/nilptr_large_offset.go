// Programs are linked at a fixed low address as gc's are (not PIE), so a
// large global can sit where a nil pointer plus a large offset points:
// the explicit nil checks must still panic (as nilptr.go tests).
package main

import (
	"fmt"
	"unsafe"
)

var dummy [256 << 20]byte

type T struct {
	x [256 << 20]byte
	i int
}

func shouldPanic(name string, f func()) {
	defer func() {
		if recover() == nil {
			fmt.Println(name, "did not panic")
		} else {
			fmt.Println(name, "panicked")
		}
	}()
	f()
}

func main() {
	fmt.Println("dummy low:", uintptr(unsafe.Pointer(&dummy)) < 256<<20)
	var p *[1 << 30]byte
	shouldPanic("index", func() { println(p[256<<20]) })
	shouldPanic("addr", func() { println(&p[256<<20] != nil) })
	var t *T
	shouldPanic("field", func() { println(t.i) })
	shouldPanic("field addr", func() { println(&t.i != nil) })
	shouldPanic("slice", func() { println(len(p[:])) })
	fmt.Println("end", dummy[0])
}
