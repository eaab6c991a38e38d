// A goroutine spinning in a loop must not starve the others, even with
// GOMAXPROCS=1: the scheduler asks it to yield (safepoint polls at function
// entry and on loop back-edges).  The spinner calls into another package
// (a call the C compiler cannot inline away; see the report on GOSUB_POLL
// for a bare `for {}`).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

var sink int

func spin() {
	for {
		sink += len(strconv.Itoa(sink & 1))
	}
}

func busy(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i & 7
	}
	return x
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up")
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- busy(1000 * (i + 1)) }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("workers done", sum)
	runtime.Gosched()
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
}
