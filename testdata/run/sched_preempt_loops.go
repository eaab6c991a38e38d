// Counted loops whose guard (emit_stmt.c, "short loops") must still poll:
// each spinner below never ends, and with GOMAXPROCS=1 main only gets to
// print if every one of them yields.  The second half checks that loops
// which do get the short-loop treatment still count right, wrap-around
// included.
package main

import (
	"fmt"
	"math"
	"runtime"
	"sync/atomic"
	"time"
)

var sink int
var started int32

func wrapInt8() {
	atomic.AddInt32(&started, 1)
	for {
		for i := int8(0); i <= 127; i++ { // i wraps: never ends
			sink++
		}
	}
}

func wrapMax() {
	atomic.AddInt32(&started, 1)
	for i := math.MaxInt64 - 3; i <= math.MaxInt64; i++ {
		sink++
	}
}

func wrapMin() {
	atomic.AddInt32(&started, 1)
	for b := int16(-5); b >= math.MinInt16; b-- {
		sink++
	}
}

func growingBound() {
	atomic.AddInt32(&started, 1)
	n := 10
	for i := 0; i < n; i++ {
		n++
		sink++
	}
}

func stepTwo() {
	atomic.AddInt32(&started, 1)
	for i := uint8(0); i != 255; i += 2 {
		sink++
	}
}

func crossing() {
	atomic.AddInt32(&started, 1)
	for i, j := 0, 1; i != j; i, j = i+1, j-1 {
		sink++
	}
}

func addressTaken() {
	atomic.AddInt32(&started, 1)
	x := 5
	p := &x
	for i := 0; i < x; i++ {
		*p++
		sink++
	}
}

func backwardNE() {
	atomic.AddInt32(&started, 1)
	for i := 3; i != 5; i-- { // runs 2^64 - 2 times
		sink++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	spinners := []func(){wrapInt8, wrapMax, wrapMin, growingBound, stepTwo, crossing, addressTaken, backwardNE}
	for _, f := range spinners {
		go f()
	}
	for atomic.LoadInt32(&started) < int32(len(spinners)) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up after", len(spinners), "spinners started")

	n := 0
	for i := uint8(250); i != 5; i++ {
		n++
	}
	fmt.Println("uint8 250 != 5:", n)
	n = 0
	for i := int8(-128); i < 127; i++ {
		n++
	}
	fmt.Println("int8 -128 < 127:", n)
	n = 0
	for i := 10; i >= -10; i-- {
		n++
	}
	fmt.Println("10 >= -10 down:", n)
	n = 0
	for i, j := 0, 9; i < j; i, j = i+1, j-1 {
		n += j - i
	}
	fmt.Println("i<j closing:", n)
	n = 0
	for j := 5; 0 != j; j-- {
		n += j
	}
	fmt.Println("0 != j:", n)
	n = 0
	for i := math.MaxInt64 - 3; i < math.MaxInt64; i++ {
		n++
	}
	fmt.Println("near max:", n)
	n = 0
	s := "héllo"
	for i := 0; i < len(s); i++ {
		n += int(s[i])
	}
	for i := range s {
		n += i
	}
	fmt.Println("string:", n)
	n = 0
	for i := 1; i <= 3000; i++ {
		n += i
	}
	fmt.Println("long:", n)
}
