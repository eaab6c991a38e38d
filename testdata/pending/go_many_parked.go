// PENDING (runtime): 10^5 goroutines parked at once. At 08fecc4 (segmented
// stacks) gosub still dies with "fatal error: runtime: cannot allocate goroutine
// stack" (GOMAXPROCS=1 and 8) or "fatal error: runtime: out of memory"
// (GOMAXPROCS=2), at gcc -O2 and clang -O0 alike; Go needs ~280 MB here.
//
// 10^5 goroutines parked at the same time on a channel, then released: all
// of them must exist at once (their stacks are small).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	var started, finished sync.WaitGroup
	gate := make(chan struct{})
	results := make(chan int, n)
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer finished.Done()
			started.Done()
			<-gate
			results <- i % 7
		}(i)
	}
	started.Wait()
	fmt.Println("parked:", runtime.NumGoroutine()-1)
	close(gate)
	finished.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum:", sum)
}
