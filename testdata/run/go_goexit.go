// runtime.Goexit ends the calling goroutine after running its deferred calls
// (recover returns nil there); the other goroutines carry on.
package main

import (
	"fmt"
	"runtime"
)

func worker(out chan<- string) {
	defer func() {
		out <- fmt.Sprint("deferred, recover() == nil: ", recover() == nil)
	}()
	defer func() { out <- "inner defer" }()
	helper(out)
	out <- "not reached"
}

func helper(out chan<- string) {
	defer func() { out <- "helper defer" }()
	runtime.Goexit()
	out <- "not reached either"
}

func main() {
	out := make(chan string)
	go func() {
		worker(out)
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}

	// Goexit during a panic's deferred call stops the panicking goroutine quietly.
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer runtime.Goexit()
		panic("swallowed by Goexit")
	}()
	fmt.Println("panic then goexit:", <-done)

	// A goroutine that Goexits does not count any more.
	waitAlone := func() {
		for runtime.NumGoroutine() > 1 {
			runtime.Gosched()
		}
	}
	waitAlone() // the goroutines above may still be returning
	go func() { runtime.Goexit() }()
	waitAlone()
	fmt.Println("count back to", runtime.NumGoroutine())
}
