// PENDING (runtime header): at 08fecc4 this passes with clang -O0 but hangs
// with gcc -O2: GORT_PREEMPT_ASKED() reads the _Thread_local gort_stackguard
// with a plain load, so gcc hoists it out of a loop with no calls (`for {}`,
// `for { spins++ }`) and the back-edge poll never sees the preemption request.
// The load needs to be volatile or __atomic_load_n(..., __ATOMIC_RELAXED).
//
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
