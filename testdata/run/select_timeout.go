// select with time.After for timeouts, in both directions.
package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan int)
	select {
	case v := <-slow:
		fmt.Println("unexpected", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timed out")
	}

	fast := make(chan int, 1)
	fast <- 1
	select {
	case v := <-fast:
		fmt.Println("got", v, "before the timeout")
	case <-time.After(time.Second):
		fmt.Println("unexpected timeout")
	}

	// A worker that answers after a short sleep beats a long timeout.
	res := make(chan string)
	go func() {
		time.Sleep(2 * time.Millisecond)
		res <- "worker answered"
	}()
	select {
	case s := <-res:
		fmt.Println(s)
	case <-time.After(2 * time.Second):
		fmt.Println("unexpected timeout")
	}

	// Timeouts in a loop: count the polls until a value arrives.
	late := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		late <- true
	}()
	polls := 0
	for done := false; !done; {
		select {
		case <-late:
			done = true
		case <-time.After(time.Millisecond):
			polls++
		}
	}
	fmt.Println("polled at least once:", polls > 0)
}
