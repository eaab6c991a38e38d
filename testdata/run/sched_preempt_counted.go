// Long counted loops (emit_stmt.c, "short loops": their guard says long)
// poll once every 1,024 iterations, when the variable they step passes a
// multiple of 1,024.  Each spinner below runs for ages; with GOMAXPROCS=1
// main only gets to print if every one of them yields.  The rest checks that
// long loops of that kind, whose polls fall mid-loop, still count right.
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

func upToMax() {
	atomic.AddInt32(&started, 1)
	for i := 0; i < math.MaxInt64; i++ {
		sink++
	}
}

func downFromOddStart() {
	atomic.AddInt32(&started, 1)
	for i := math.MaxInt64 - 7; i > 3; i-- {
		sink += 2
	}
}

func closingPair() {
	atomic.AddInt32(&started, 1)
	for i, j := math.MinInt64+5, math.MaxInt64-2; i < j; i, j = i+1, j-1 {
		sink++
	}
}

func uint32Wrap() {
	atomic.AddInt32(&started, 1)
	for {
		for i := uint32(3); i <= math.MaxUint32; i++ { // wraps: never ends
			sink++
		}
	}
}

func rangeSlice() {
	atomic.AddInt32(&started, 1)
	s := make([]int, 1<<16)
	for {
		for i := range s { // long range: polls inside, and the outer loop polls too
			s[i] += i
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	spinners := []func(){upToMax, downFromOddStart, closingPair, uint32Wrap, rangeSlice}
	for _, f := range spinners {
		go f()
	}
	for atomic.LoadInt32(&started) < int32(len(spinners)) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up after", len(spinners), "spinners started")

	n := 0
	for i := 0; i < 100003; i++ {
		n += i & 7
	}
	fmt.Println("up:", n)
	n = 0
	for i := 5000; i >= -5000; i-- {
		n += i
	}
	fmt.Println("down:", n)
	n = 0
	for i, j := -3000, 4001; i < j; i, j = i+1, j-1 {
		n += j - i
	}
	fmt.Println("closing:", n)
	var u uint16
	m := 0
	for u = 65000; u != 1500; u++ {
		m++
	}
	fmt.Println("uint16 wrap:", m)
	a := make([]int, 7777)
	for i := range a {
		a[i] = i * 3
	}
	t := 0
	for _, v := range a {
		t += v
	}
	fmt.Println("range:", t)
	var arr [3001]int8
	for i := range arr {
		arr[i] = int8(i)
	}
	t = 0
	for i := range arr {
		t += int(arr[i])
	}
	fmt.Println("array:", t)
}
