// sync/atomic functions: Add, Load, Store, Swap, CompareAndSwap for int32,
// int64, uint32, uint64 and uintptr (CompareAndSwapUintptr is in
// testdata/pending/atomic_pointer.go), alone and under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr

	fmt.Println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -7))
	fmt.Println(atomic.AddInt64(&i64, 1<<40), atomic.AddInt64(&i64, -1))
	fmt.Println(atomic.AddUint32(&u32, 10), atomic.AddUint32(&u32, ^uint32(0))) // subtract 1
	fmt.Println(atomic.AddUint64(&u64, 1<<63), atomic.AddUint64(&u64, 1<<63))   // wraps to 0
	fmt.Println(atomic.AddUintptr(&up, 8), atomic.AddUintptr(&up, 8))

	atomic.StoreInt32(&i32, -1)
	atomic.StoreInt64(&i64, -1<<62)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreUint64(&u64, 1<<63+1)
	atomic.StoreUintptr(&up, 4096)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	fmt.Println(atomic.SwapInt32(&i32, 3), atomic.SwapInt64(&i64, 4), atomic.SwapUint32(&u32, 5),
		atomic.SwapUint64(&u64, 6), atomic.SwapUintptr(&up, 7))
	fmt.Println(i32, i64, u32, u64, up)

	fmt.Println(atomic.CompareAndSwapInt32(&i32, 3, 30), atomic.CompareAndSwapInt32(&i32, 3, 31), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 4, 40), atomic.CompareAndSwapInt64(&i64, 4, 41), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 5, 50), atomic.CompareAndSwapUint32(&u32, 5, 51), u32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 6, 60), atomic.CompareAndSwapUint64(&u64, 6, 61), u64)

	// Contention: 8 goroutines x 10000 increments of each kind.
	var c32 int32
	var c64 int64
	var cu32 uint32
	var cu64 uint64
	var cup uintptr
	var casCount int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				atomic.AddInt32(&c32, 1)
				atomic.AddInt64(&c64, 2)
				atomic.AddUint32(&cu32, 3)
				atomic.AddUint64(&cu64, 4)
				atomic.AddUintptr(&cup, 5)
				for { // an increment by CAS loop
					old := atomic.LoadInt64(&casCount)
					if atomic.CompareAndSwapInt64(&casCount, old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c32, c64, cu32, cu64, cup, casCount)

	// Fields of a struct, and an element of an array.
	type stats struct {
		hits, misses int64
		flags        [4]uint32
	}
	var s stats
	atomic.AddInt64(&s.hits, 3)
	atomic.AddInt64(&s.misses, 1)
	atomic.StoreUint32(&s.flags[2], 9)
	fmt.Println(s.hits, s.misses, s.flags)
}
