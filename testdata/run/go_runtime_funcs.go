// runtime.NumGoroutine, GOMAXPROCS(0), NumCPU and Gosched (setting GOMAXPROCS is
// go_gomaxprocs.go), with output that does
// not depend on the machine or on scheduling.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	fmt.Println("GOMAXPROCS(0) >= 1:", runtime.GOMAXPROCS(0) >= 1)

	fmt.Println("goroutines:", runtime.NumGoroutine())
	block := make(chan bool)
	var ready int32
	for i := 0; i < 10; i++ {
		go func() {
			atomic.AddInt32(&ready, 1)
			<-block
		}()
	}
	// Gosched lets the others run; spin until all are parked.
	for atomic.LoadInt32(&ready) < 10 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())

	// A goroutine that only yields finishes its work while main yields too.
	var counter int64
	done := make(chan bool)
	go func() {
		for i := 0; i < 1000; i++ {
			atomic.AddInt64(&counter, 1)
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	<-done
	fmt.Println("counter:", atomic.LoadInt64(&counter))
}
