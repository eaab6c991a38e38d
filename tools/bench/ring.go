// ring: 503 goroutines linked in a ring by unbuffered channels pass a token
// around 10^7 times (the size argument; the classic thread-ring task, an independent
// implementation). Each hop is a blocking handoff to the next goroutine. Prints the
// number (1-based) of the goroutine holding the token when the count reaches zero.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	hops := 10000000
	if len(os.Args) > 1 {
		hops, _ = strconv.Atoi(os.Args[1])
	}
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- hops
	fmt.Println(<-done)
}
