// netecho: a TCP echo server and its clients in one process: 200 client
// goroutines (the size argument) each make 2,000 round trips of 64 bytes
// over loopback, one server goroutine per connection.  Measures the
// netpoller: every read that finds no data parks its goroutine.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
)

const rounds = 2000
const msgLen = 64

func serve(c net.Conn) {
	defer c.Close()
	buf := make([]byte, msgLen)
	for {
		if _, err := io.ReadFull(c, buf); err != nil {
			return
		}
		if _, err := c.Write(buf); err != nil {
			return
		}
	}
}

func client(addr string, id int, sum *uint64, wg *sync.WaitGroup) {
	defer wg.Done()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("dial:", err)
		os.Exit(1)
	}
	defer c.Close()
	out := make([]byte, msgLen)
	in := make([]byte, msgLen)
	var s uint64
	for r := 0; r < rounds; r++ {
		for i := range out {
			out[i] = byte(id + r + i)
		}
		if _, err := c.Write(out); err != nil {
			fmt.Println("write:", err)
			os.Exit(1)
		}
		if _, err := io.ReadFull(c, in); err != nil {
			fmt.Println("read:", err)
			os.Exit(1)
		}
		for i := range in {
			s += uint64(in[i]) * uint64(i+1)
		}
	}
	*sum = s
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	sums := make([]uint64, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go client(ln.Addr().String(), i, &sums[i], &wg)
	}
	wg.Wait()
	var total uint64
	for _, s := range sums {
		total += s
	}
	fmt.Println("clients", n, "round trips", n*rounds, "checksum", total)
	ln.Close()
}
