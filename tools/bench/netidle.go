// netidle: idle TCP connections (the size argument, default 10,000) held
// open, each with a server goroutine parked in Read on it; then the clients
// close and every server goroutine sees EOF.  Meant for peak memory (run
// with --rss): the cost of a parked connection.
//
// The clients live in a second process, this program started again with
// os.StartProcess (`netidle client ADDR N`), so that 10,000 connections fit
// a hard RLIMIT_NOFILE of 20,000 (each process holds one end) and the
// server's memory is not mixed with the clients'.  The server reaps the
// client, so GNU time's peak RSS (what tools/bench/run --rss reports) is the
// larger of the two processes' peaks (the kernel folds waited-for children
// into the rusage): the server's, whose goroutines dominate.  The same
// program, the same two processes under both implementations.
//
// Protocol: the client dials a control connection, then n connections; the
// server parks a goroutine on each, then writes one byte on the control
// connection; the client writes "bye" on every other connection, closes
// them all and exits.
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
)

func fail(err error) {
	fmt.Println(err)
	os.Exit(1)
}

func client(addr string, n int) {
	ctl, err := net.Dial("tcp", addr)
	if err != nil {
		fail(err)
	}
	conns := make([]net.Conn, n)
	for i := range conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			fail(err)
		}
		conns[i] = c
	}
	b := make([]byte, 1)
	if _, err := ctl.Read(b); err != nil {
		fail(err)
	}
	for i, c := range conns {
		if i%2 == 0 {
			c.Write([]byte("bye"))
		}
		c.Close()
	}
	ctl.Close()
}

func main() {
	n := 10000
	if len(os.Args) > 3 && os.Args[1] == "client" {
		n, _ = strconv.Atoi(os.Args[3])
		client(os.Args[2], n)
		return
	}
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	exe, err := os.Executable()
	if err != nil {
		fail(err)
	}
	proc, err := os.StartProcess(exe, []string{exe, "client", ln.Addr().String(), strconv.Itoa(n)},
		&os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}})
	if err != nil {
		fail(err)
	}
	ctl, err := ln.Accept()
	if err != nil {
		fail(err)
	}
	var parked, done sync.WaitGroup
	parked.Add(n)
	done.Add(n)
	var mu sync.Mutex
	bytes := 0
	for i := 0; i < n; i++ {
		c, err := ln.Accept()
		if err != nil {
			fail(err)
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
	parked.Wait()
	fmt.Println("open connections:", n)
	if _, err := ctl.Write([]byte{1}); err != nil {
		fail(err)
	}
	done.Wait()
	fmt.Println("closed; bytes read by the server:", bytes)
	st, err := proc.Wait()
	if err != nil {
		fail(err)
	}
	fmt.Println("client:", st)
	ctl.Close()
	ln.Close()
}
