// Stress test (ctest rt_stress_prodcons_N, run with GOMAXPROCS=1, 2 and 8):
// 4 producers and 4 consumers pass 10^6 numbered messages through a
// buffered channel; every message must arrive exactly once.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

func main() {
	const producers, consumers, per = 4, 4, 250000
	const total = producers * per
	c := make(chan int32, 128)
	var pw, cw sync.WaitGroup
	seen := make([][]uint8, consumers)
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < per; i++ {
				c <- int32(p*per + i)
			}
		}(p)
	}
	for k := 0; k < consumers; k++ {
		cw.Add(1)
		seen[k] = make([]uint8, total)
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
	for v := 0; v < total; v++ {
		n := 0
		for k := 0; k < consumers; k++ {
			n += int(seen[k][v])
		}
		if n == 0 {
			lost++
		} else if n > 1 {
			dup++
		}
	}
	fmt.Printf("GOMAXPROCS=%d: %d messages, lost %d, duplicated %d\n", runtime.GOMAXPROCS(0), total, lost, dup)
	if lost != 0 || dup != 0 {
		os.Exit(1)
	}
}
