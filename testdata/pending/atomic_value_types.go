// PENDING: stdlib/sync/atomic's Value does not check that every Store/Swap/
// CompareAndSwap uses the type of the first Store (gosub prints <nil> for the
// last three lines instead of Go's panics).
//
// atomic.Value panics when a value of another concrete type is stored.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	try := func(name string, f func()) {
		defer func() { fmt.Println(name+":", recover()) }()
		f()
	}
	var v atomic.Value
	v.Store(1)
	try("store same type", func() { v.Store(2) })
	try("store other type", func() { v.Store("a string") })
	try("swap other type", func() { v.Swap(int64(42)) })
	try("compare-and-swap other type", func() { v.CompareAndSwap(2, 1.5) })
	fmt.Println(v.Load())
}
