// time.NewTimer with Stop and Reset, and their results.
package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("Stop after firing:", t.Stop())
	fmt.Println("Reset of a fired timer:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	t = time.NewTimer(time.Hour)
	fmt.Println("Stop of an active timer:", t.Stop())
	fmt.Println("Stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stopped timer fired")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("stopped timer stays silent")
	}

	// Reset of an active timer returns true and moves the deadline.
	t = time.NewTimer(time.Hour)
	fmt.Println("Reset of an active timer:", t.Reset(2*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("fired soon after the reset:", time.Since(start) < 10*time.Second)

	// The idiom: stop and drain before Reset.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	if !t.Stop() {
		<-t.C
	}
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("drained and reset")

	// Timers with zero and negative durations fire at once.
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Minute).C
	fmt.Println("zero timers fired")

	// Many timers fire in deadline order: the times they deliver, sorted,
	// list them by deadline.
	type fired struct {
		id int
		at time.Time
	}
	c := make(chan fired, 10)
	for i := 5; i >= 1; i-- {
		i := i
		tm := time.NewTimer(time.Duration(i) * 8 * time.Millisecond)
		go func() {
			c <- fired{i, <-tm.C}
		}()
	}
	var all []fired
	for i := 0; i < 5; i++ {
		all = append(all, <-c)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].at.Before(all[b].at) })
	for _, f := range all {
		fmt.Print(f.id, " ")
	}
	fmt.Println()
}
