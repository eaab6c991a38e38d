// PENDING (runtime): every goroutine stack is one mmap (64 MB reserved) plus
// a guard page, and main creates all 10^5 goroutines before most of them run,
// so they need ~2*10^5 mappings: past vm.max_map_count (65530) gosub dies with
// "fatal error: runtime: cannot allocate goroutine stack" near goroutine 32751
// (M:1 runtime, and the M:P:G runtime of 20cf9e0 with GOMAXPROCS=1; at
// GOMAXPROCS=2 it passes at gcc -O2 but not at clang -O0). Also needs
// thread-safe sync.Mutex/atomic.AddInt64 (20cf9e0 loses updates).
// Move to testdata/run when goroutines start on pooled stack segments.
//
// 10^5 goroutines, each signalling a WaitGroup; one after another they add to
// a shared counter under a mutex and to an atomic.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	var total int
	var hits int64
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			atomic.AddInt64(&hits, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(total, atomic.LoadInt64(&hits))
	for runtime.NumGoroutine() > 1 { // the last ones may still be returning
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
