// PENDING (runtime): same cause as go_many.go (one mmap'd stack and a guard
// page per goroutine; vm.max_map_count is 65530): "fatal error: runtime: cannot
// allocate goroutine stack" near goroutine 32751. With 20cf9e0 and GOMAXPROCS=8
// it also ended once in "all goroutines are asleep - deadlock!" after
// "parked: 100000" (WaitGroup not yet thread-safe).
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
