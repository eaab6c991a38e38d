// Network goroutines keep running while every P is busy with goroutines that
// never block: readiness found by the netpoller reaches them through the
// global queue and the scheduler's time slices (and sysmon's poll), not
// only when a P runs out of work.
package main

import (
	"fmt"
	"io"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(2)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		buf := make([]byte, 16)
		for {
			if _, err := io.ReadFull(c, buf); err != nil {
				return
			}
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	}()
	var stop atomic.Bool
	var spins [2]uint64
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for !stop.Load() {
				spins[i]++
			}
		}(i)
	}
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	out := make([]byte, 16)
	in := make([]byte, 16)
	sum := 0
	for r := 0; r < 10; r++ {
		for i := range out {
			out[i] = byte(r + i)
		}
		if _, err := c.Write(out); err != nil {
			fmt.Println("write:", err)
			return
		}
		if _, err := io.ReadFull(c, in); err != nil {
			fmt.Println("read:", err)
			return
		}
		for _, b := range in {
			sum += int(b)
		}
	}
	stop.Store(true)
	wg.Wait()
	c.Close()
	ln.Close()
	fmt.Println("round trips: 10, sum:", sum)
}
