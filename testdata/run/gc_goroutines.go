// Goroutines on every P allocate while the collector stops the world at their
// safepoints; lists each keeps survive, and the value a parked sender holds.
// (Pointers are touched by a call before each allocation: the compiler does not
// spill them to GC frames at runtime calls yet.)
package main

import (
	"fmt"
	"runtime"
)

type N struct {
	p *N
	v int
	s []byte
}

func touch(p *N) {
	for i := 0; i < 1; i++ {
	}
}

func link(p *N, v int) *N {
	touch(p)
	n := new(N)
	touch(n)
	n.s = make([]byte, 64)
	n.p = p
	n.v = v
	return n
}

func worker(id int, out chan *N) {
	var keep *N
	for i := 0; i < 200000; i++ {
		g := link(nil, i)
		touch(g)
		if i%100 == 0 {
			keep = link(keep, i)
			touch(keep)
		}
	}
	out <- keep
}

func main() {
	out := make(chan *N)
	for w := 0; w < 8; w++ {
		go worker(w, out)
	}
	total := 0
	for w := 0; w < 8; w++ {
		k := <-out
		for n := k; n != nil; n = n.p {
			total += n.v + len(n.s)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(total, ms.NumGC > 5)
}
