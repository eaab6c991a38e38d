// netidle: idle TCP connections (the size argument, default 9,900) held
// open, each with a server goroutine parked in Read on it; then the clients
// close and every server goroutine sees EOF.  Meant for peak memory (run
// with --rss): the cost of a parked connection.  Both ends live in this
// process, so n connections take 2n descriptors: 10,000 (netidle:10000)
// needs a hard RLIMIT_NOFILE above 20,006, which tools/bench/run sets when
// it may (both runtimes raise their soft limit to the hard one); the
// default fits a hard limit of 20,000.
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 9900
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	var parked, done sync.WaitGroup
	parked.Add(n)
	done.Add(n)
	var mu sync.Mutex
	bytes := 0
	go func() {
		for i := 0; i < n; i++ {
			c, err := ln.Accept()
			if err != nil {
				fmt.Println(err)
				os.Exit(1)
			}
			go func(c net.Conn) {
				defer done.Done()
				defer c.Close()
				buf := make([]byte, 64)
				parked.Done()
				k, _ := c.Read(buf) // parked until the client speaks or closes
				mu.Lock()
				bytes += k
				mu.Unlock()
			}(c)
		}
	}()
	conns := make([]net.Conn, n)
	for i := range conns {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		conns[i] = c
	}
	parked.Wait()
	fmt.Println("open connections:", n)
	for i, c := range conns {
		if i%2 == 0 {
			c.Write([]byte("bye"))
		}
		c.Close()
	}
	done.Wait()
	fmt.Println("closed; bytes read by the server:", bytes)
	ln.Close()
}
