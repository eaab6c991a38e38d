// sync.WaitGroup: Add/Done/Wait, Add with larger counts, several waiters,
// reuse after Wait returns, Wait with a zero counter, and the panic on a
// negative counter.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait() // zero counter: returns at once
	fmt.Println("wait on zero")

	var n int64
	wg.Add(10)
	for i := 0; i < 10; i++ {
		go func() {
			atomic.AddInt64(&n, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("all done:", atomic.LoadInt64(&n))

	// Several goroutines waiting on one WaitGroup are all released.
	var gate sync.WaitGroup
	gate.Add(1)
	var released sync.WaitGroup
	var woke int64
	for i := 0; i < 5; i++ {
		released.Add(1)
		go func() {
			gate.Wait()
			atomic.AddInt64(&woke, 1)
			released.Done()
		}()
	}
	gate.Done()
	released.Wait()
	fmt.Println("waiters released:", atomic.LoadInt64(&woke))

	// Reuse for a second round.
	for round := 1; round <= 3; round++ {
		total := int64(0)
		for i := 0; i < round*4; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				atomic.AddInt64(&total, int64(v))
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, total)
	}

	// Passed by pointer into a helper.
	work := func(id int, wg *sync.WaitGroup, out []int) {
		defer wg.Done()
		out[id] = id * id
	}
	out := make([]int, 6)
	for i := range out {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)

	defer func() { fmt.Println("recovered:", recover()) }()
	wg.Add(1)
	wg.Add(-2)
}
