// Goroutines parked in a net.Conn Read, with deferred calls in their body
// (the usual server shape), cost about 2 KiB of stack each, as in gc: the
// whole chain down to the netpoller's park fits a goroutine's first stack.
// Optimised builds only (ctest net_idle_stack; go run prints the same):
// unoptimised C frames are bigger and -O0 programs keep a bigger reserve.
package main

import (
	"fmt"
	"net"
	"runtime"
	"sync"
	"time"
)

func main() {
	const n = 300
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	conns := make([]net.Conn, n)
	for i := range conns {
		if conns[i], err = net.Dial("tcp", ln.Addr().String()); err != nil {
			fmt.Println(err)
			return
		}
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var parked, done sync.WaitGroup
	parked.Add(n)
	done.Add(n)
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println(err)
			return
		}
		go func(c net.Conn) {
			defer done.Done()
			defer c.Close()
			buf := make([]byte, 64)
			parked.Done()
			k, _ := c.Read(buf)
			mu.Lock()
			total += k
			mu.Unlock()
		}(c)
	}
	parked.Wait()
	time.Sleep(20 * time.Millisecond) // into Read
	runtime.ReadMemStats(&after)
	per := (after.StackInuse - before.StackInuse) / n
	fmt.Println("parked readers:", n, "stack each <= 3 KiB:", per <= 3072, "> 0:", per > 0)
	for _, c := range conns {
		c.Write([]byte("hi"))
		c.Close()
	}
	done.Wait()
	fmt.Println("read:", total)
}
