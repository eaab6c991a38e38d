// Buffered channels are FIFO; senders block when the buffer is full and are
// served in order; unbuffered sends from one goroutine arrive in order.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			c <- i // blocks whenever 3 are queued
		}
		close(c)
		done <- true
	}()
	prev := -1
	inOrder := true
	for v := range c {
		if v != prev+1 {
			inOrder = false
		}
		prev = v
		if len(c) > cap(c) {
			inOrder = false
		}
	}
	<-done
	fmt.Println("buffered in order:", inOrder, prev)

	// Wrap-around of the ring buffer.
	r := make(chan int, 4)
	out := []int{}
	for i := 0; i < 20; i++ {
		if len(r) == cap(r) {
			out = append(out, <-r, <-r, <-r)
		}
		r <- i
	}
	for len(r) > 0 {
		out = append(out, <-r)
	}
	fmt.Println(out)

	// Unbuffered, one sender: arrival order is send order.
	u := make(chan string)
	go func() {
		for _, s := range []string{"one", "two", "three", "four"} {
			u <- s
		}
		close(u)
	}()
	for s := range u {
		fmt.Print(s, " ")
	}
	fmt.Println()
}
