// PENDING (compiler + stdlib): atomic.Pointer[T] is a generic type (gosub
// rejects generics), and stdlib/sync/atomic has no LoadPointer, StorePointer,
// SwapPointer, CompareAndSwapPointer or CompareAndSwapUintptr.
//
// atomic pointers: the generic atomic.Pointer[T] and the unsafe.Pointer
// functions LoadPointer, StorePointer, SwapPointer, CompareAndSwapPointer.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next *node
}

func main() {
	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil)
	a := &node{val: 1}
	b := &node{val: 2}
	p.Store(a)
	fmt.Println(p.Load().val)
	fmt.Println(p.Swap(b).val, p.Load().val)
	fmt.Println(p.CompareAndSwap(a, a), p.CompareAndSwap(b, a), p.Load().val)

	// A lock-free stack (Treiber) pushed to concurrently.
	var head atomic.Pointer[node]
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				n := &node{val: g*500 + i}
				for {
					old := head.Load()
					n.next = old
					if head.CompareAndSwap(old, n) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	count, sum := 0, 0
	for n := head.Load(); n != nil; n = n.next {
		count++
		sum += n.val
	}
	fmt.Println(count, sum)

	var up unsafe.Pointer
	x, y := 10, 20
	atomic.StorePointer(&up, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&up)))
	old := atomic.SwapPointer(&up, unsafe.Pointer(&y))
	fmt.Println(*(*int)(old), *(*int)(atomic.LoadPointer(&up)))
	fmt.Println(atomic.CompareAndSwapPointer(&up, unsafe.Pointer(&x), nil),
		atomic.CompareAndSwapPointer(&up, unsafe.Pointer(&y), nil), atomic.LoadPointer(&up) == nil)
}
