// 4 producers and 4 consumers pass 10^6 numbered messages through a
// buffered channel under GOMAXPROCS=1, 2 and 8: none lost, none duplicated.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func run(procs int) {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	const producers, consumers, per = 4, 4, 50000
	c := make(chan int, 64)
	var pw, cw sync.WaitGroup
	seen := make([][]int32, consumers)
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < per; i++ {
				c <- p*per + i
			}
		}(p)
	}
	for k := 0; k < consumers; k++ {
		cw.Add(1)
		seen[k] = make([]int32, producers*per)
		go func(k int) {
			defer cw.Done()
			for v := range c {
				seen[k][v]++
			}
		}(k)
	}
	pw.Wait()
	close(c)
	cw.Wait()
	lost, dup := 0, 0
	for v := 0; v < producers*per; v++ {
		n := int32(0)
		for k := 0; k < consumers; k++ {
			n += seen[k][v]
		}
		if n == 0 {
			lost++
		} else if n > 1 {
			dup++
		}
	}
	fmt.Printf("GOMAXPROCS=%d: %d messages, lost %d, duplicated %d\n", procs, producers*per, lost, dup)
}

func main() {
	for _, p := range []int{1, 2, 8} {
		run(p)
	}
}
