// spawn: starts 10^6 goroutines (the size argument) that each store one result and
// signal a WaitGroup; main waits for all of them. Measures goroutine creation, first
// run and exit. Prints the number of goroutines and a checksum of their results.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	res := make([]int64, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			res[i] = int64(i)*7 + 1
			wg.Done()
		}(i)
	}
	wg.Wait()
	var sum int64
	for _, v := range res {
		sum += v
	}
	fmt.Println(n, sum)
}
