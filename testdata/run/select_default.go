// select with a default case: non-blocking sends and receives.
package main

import (
	"fmt"
	"runtime"
)

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return -1, false
	}
}

func main() {
	u := make(chan int)
	fmt.Println("send unbuffered, nobody waiting:", trySend(u, 1))
	fmt.Println(tryRecv(u))

	b := make(chan int, 2)
	fmt.Println(trySend(b, 1), trySend(b, 2), trySend(b, 3), len(b))
	fmt.Println(tryRecv(b))
	fmt.Println(tryRecv(b))
	fmt.Println(tryRecv(b))

	close(b)
	v, ok := tryRecv(b)
	fmt.Println("closed channel is ready:", v, ok)

	var nilc chan int
	fmt.Println("nil channel:", trySend(nilc, 1))
	fmt.Println(tryRecv(nilc))

	// default placed first does not win over a ready case.
	r := make(chan string, 1)
	r <- "ready"
	select {
	default:
		fmt.Println("default")
	case s := <-r:
		fmt.Println(s)
	}

	// A receiver waiting on an unbuffered channel makes the send ready.
	got := make(chan int)
	waiting := make(chan bool)
	go func() {
		waiting <- true
		got <- <-u
	}()
	<-waiting
	for !trySend(u, 42) {
		runtime.Gosched() // the goroutine may not have reached its receive yet
	}
	fmt.Println("handed over:", <-got)
}
