// A goroutine spinning in `for {}` must not starve main, even with a single P:
// needs preemption (safepoint polls on loop back-edges).
package main

import (
	"fmt"
	"runtime"
	"time"
)

var spins int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	go func() {
		for {
			spins++
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main was not starved")
	runtime.Gosched()
	fmt.Println("and Gosched came back")
}
