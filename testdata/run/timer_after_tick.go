// time.After and time.Tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(10 * time.Millisecond)
	fmt.Println("After delivered a time not before its deadline:", !t.Before(start.Add(10*time.Millisecond)))
	fmt.Println("waited long enough:", time.Since(start) >= 10*time.Millisecond)

	// Several pending Afters fire in deadline order (the times they deliver
	// say when they fired).
	a := time.After(30 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	ta, tb := <-a, <-b
	fmt.Println("the earlier deadline fired first:", tb.Before(ta))

	// After(0) and a negative duration fire at once.
	<-time.After(0)
	<-time.After(-time.Second)
	fmt.Println("zero after fired")

	start = time.Now()
	tick := time.Tick(3 * time.Millisecond)
	prev := start
	increasing := true
	for i := 0; i < 5; i++ {
		t := <-tick
		if t.Before(prev) {
			increasing = false
		}
		prev = t
	}
	fmt.Println("5 ticks, increasing:", increasing, "took >= 15ms:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)
}
