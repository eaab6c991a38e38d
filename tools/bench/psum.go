// psum: sums f(i) for i < 2*10^9 (the size argument) split into 64 chunks handed to
// GOMAXPROCS worker goroutines over a channel. Compute-bound and embarrassingly
// parallel: compare `GOMAXPROCS=1 tools/bench/run psum` with GOMAXPROCS=2 to see
// how the scheduler uses a second core. Prints the total.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func chunk(lo, hi int64) uint64 {
	var s uint64
	for i := lo; i < hi; i++ {
		x := uint64(i)
		x ^= x >> 13
		x *= 0x9E3779B97F4A7C15
		s += x >> 17
	}
	return s
}

func main() {
	n := int64(2000000000)
	if len(os.Args) > 1 {
		v, _ := strconv.Atoi(os.Args[1])
		n = int64(v)
	}
	const chunks = 64
	work := make(chan int64, chunks)
	for c := int64(0); c < chunks; c++ {
		work <- c
	}
	close(work)
	workers := runtime.GOMAXPROCS(0)
	results := make([]uint64, workers)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			defer wg.Done()
			for c := range work {
				results[w] += chunk(c*n/chunks, (c+1)*n/chunks)
			}
		}(w)
	}
	wg.Wait()
	var total uint64
	for _, r := range results {
		total += r
	}
	fmt.Println(n, total)
}
