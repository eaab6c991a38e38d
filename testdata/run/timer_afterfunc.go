// time.AfterFunc runs its function in its own goroutine; Stop prevents it;
// Reset re-arms it.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var fired []int
	start := time.Now()
	early := 0
	for i := 3; i >= 1; i-- {
		i := i
		d := time.Duration(i) * 5 * time.Millisecond
		wg.Add(1)
		time.AfterFunc(d, func() {
			mu.Lock()
			if time.Since(start) < d {
				early++
			}
			fired = append(fired, i)
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	sort.Ints(fired) // the funcs run in goroutines of their own, in any order
	fmt.Println("fired:", fired, "early:", early)

	ran := make(chan string, 2)
	t := time.AfterFunc(time.Hour, func() { ran <- "stopped func ran" })
	fmt.Println("Stop:", t.Stop())
	t2 := time.AfterFunc(time.Hour, func() { ran <- "reset func ran" })
	fmt.Println("Reset:", t2.Reset(time.Millisecond))
	fmt.Println(<-ran)
	fmt.Println("Stop after it ran:", t2.Stop())

	// The function may block without holding up other timers.
	block := make(chan bool)
	time.AfterFunc(0, func() { <-block })
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	<-done
	close(block)
	fmt.Println("blocking func did not stall timers")

	// AfterFunc timers have no channel.
	fmt.Println("C is nil:", time.AfterFunc(time.Hour, func() {}).C == nil)
}
