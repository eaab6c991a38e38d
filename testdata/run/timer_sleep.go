// time.Sleep: sleepers never wake before their deadline (in which order they
// then run is up to the scheduler, so it is not printed); Sleep(0) and
// negative durations return at once; a sleeping goroutine does not block the
// others.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	woke, early := 0, 0
	var wg sync.WaitGroup
	start := time.Now()
	for i := 4; i >= 0; i-- {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := time.Duration(i) * 5 * time.Millisecond
			time.Sleep(d)
			mu.Lock()
			woke++
			if time.Since(start) < d {
				early++
			}
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("woke:", woke, "early:", early)

	start = time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("slept at least 10ms:", time.Since(start) >= 10*time.Millisecond)

	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero and negative return at once:", time.Since(start) < time.Second)

	// Sleeping goroutines do not block the others.
	ticks := 0
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	for {
		select {
		case <-done:
			fmt.Println("main kept running while the other slept:", ticks > 0)
			return
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
}
