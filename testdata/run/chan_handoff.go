// Direct handoff: receivers already waiting get values straight from senders;
// many senders and receivers on one unbuffered channel lose nothing and
// duplicate nothing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	const receivers = 8
	const perSender = 1000
	const senders = 8
	var wg sync.WaitGroup
	results := make(chan []int, receivers)
	for r := 0; r < receivers; r++ {
		go func() {
			var got []int
			for v := range c {
				got = append(got, v)
			}
			results <- got
		}()
	}
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for i := 0; i < perSender; i++ {
				c <- s*perSender + i
			}
		}(s)
	}
	wg.Wait()
	close(c)
	seen := make([]bool, senders*perSender)
	dups, total := 0, 0
	for r := 0; r < receivers; r++ {
		for _, v := range <-results {
			if seen[v] {
				dups++
			}
			seen[v] = true
			total++
		}
	}
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	fmt.Println("total", total, "dups", dups, "missing", missing)

	// A value sent to a waiting receiver is a copy made at send time.
	type big struct{ a [64]int }
	bc := make(chan big)
	got := make(chan int)
	go func() {
		v := <-bc
		got <- v.a[0] + v.a[63]
	}()
	var b big
	b.a[0], b.a[63] = 1, 2
	bc <- b
	b.a[0] = 100
	fmt.Println("copy:", <-got)

	// The synchronisation an unbuffered send gives: the receiver sees writes
	// made before the send.
	shared := 0
	sync1 := make(chan bool)
	go func() {
		shared = 99
		sync1 <- true
	}()
	<-sync1
	fmt.Println("shared:", shared)
}
