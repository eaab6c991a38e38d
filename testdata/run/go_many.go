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
