// The sync/atomic types: Int32, Int64, Uint32, Uint64, Bool, Value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	level int
}

func main() {
	var a32 atomic.Int32
	var a64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var b atomic.Bool
	fmt.Println(a32.Load(), a64.Load(), u32.Load(), u64.Load(), b.Load())
	a32.Store(-5)
	a64.Store(1 << 50)
	u32.Store(7)
	u64.Store(1 << 60)
	b.Store(true)
	fmt.Println(a32.Add(10), a64.Add(-1), u32.Add(3), u64.Add(1), b.Load())
	fmt.Println(a32.Swap(1), a64.Swap(2), u32.Swap(3), u64.Swap(4), b.Swap(false))
	fmt.Println(a32.CompareAndSwap(1, 11), a32.CompareAndSwap(1, 12), a32.Load())
	fmt.Println(a64.CompareAndSwap(2, 22), a64.CompareAndSwap(2, 23), a64.Load())
	fmt.Println(u32.CompareAndSwap(3, 33), u32.CompareAndSwap(3, 34), u32.Load())
	fmt.Println(u64.CompareAndSwap(4, 44), u64.CompareAndSwap(4, 45), u64.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.CompareAndSwap(false, true), b.Load())

	// Concurrent counters in a struct.
	type counters struct {
		n    atomic.Int64
		done atomic.Bool
	}
	var c counters
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.n.Add(1)
			}
			c.done.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(c.n.Load(), c.done.Load())

	// Value: Load before Store is nil; a stored value is replaced whole.
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	cfg := v.Load().(config)
	fmt.Println(cfg.name, cfg.level)
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"d", 4}), v.Load().(config).name)

	// Readers see either the old or the new value, never a mix.
	var shared atomic.Value
	shared.Store([]int{0, 0, 0})
	var torn atomic.Int32
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				shared.Store([]int{i, i, i})
			}
		}(g)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s := shared.Load().([]int)
				if s[0] != s[1] || s[1] != s[2] {
					torn.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("torn:", torn.Load())

	try := func(name string, f func()) {
		defer func() { fmt.Println(name+":", recover()) }()
		f()
	}
	try("store nil", func() { v.Store(nil) })
}
