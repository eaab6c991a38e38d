// parked: 10^5 goroutines (the size argument; 10^6 must work too) are parked on
// channels at the same time: each waits on its own channel, then on a shared gate.
// Main wakes them one by one, closes the gate and collects a checksum. Meant for peak
// memory (run with --rss) as much as for time: per-goroutine stack cost shows here.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	chans := make([]chan int, n)
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	sums := make([]int64, n)
	ready.Add(n)
	done.Add(n)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(i int, c chan int) {
			defer done.Done()
			ready.Done()
			v := <-c // parked here until main sends
			<-gate   // and here until everyone has been woken
			sums[i] = int64(v) * 3
		}(i, chans[i])
	}
	ready.Wait()
	for i, c := range chans {
		c <- i
	}
	close(gate)
	done.Wait()
	var sum int64
	for _, s := range sums {
		sum += s
	}
	fmt.Println(n, sum)
}
