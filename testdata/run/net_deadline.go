// Read and write deadlines: a read that times out, a write that blocks on
// full socket buffers and times out, deadlines already past, clearing a
// deadline, and Accept with a deadline.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func show(what string, err error, c net.Conn) {
	s := "<nil>"
	if err != nil {
		s = err.Error()
		if c != nil {
			s = strings.Replace(s, c.LocalAddr().String(), "LOCAL", 1)
			s = strings.Replace(s, c.RemoteAddr().String(), "REMOTE", 1)
		}
	}
	timeout := false
	if ne, ok := err.(net.Error); ok {
		timeout = ne.Timeout()
	}
	fmt.Printf("%s: %s (timeout %v, deadline %v)\n", what, s, timeout, errors.Is(err, os.ErrDeadlineExceeded))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				close(accepted)
				return
			}
			accepted <- c
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	s := <-accepted

	// A read deadline in 50ms: nothing arrives.
	t0 := time.Now()
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	buf := make([]byte, 16)
	n, err := c.Read(buf)
	el := time.Since(t0)
	show("read", err, c)
	fmt.Println("n =", n, "waited >= 50ms:", el >= 50*time.Millisecond, "< 5s:", el < 5*time.Second)

	// The deadline stays expired until it is changed.
	_, err = c.Read(buf)
	show("read again", err, c)

	// Cleared: data that arrives now is read.
	c.SetReadDeadline(time.Time{})
	s.Write([]byte("hello"))
	n, err = c.Read(buf)
	fmt.Printf("read %q %v\n", buf[:n], err)

	// A deadline in the past fails at once, for writes too.
	c.SetWriteDeadline(time.Now().Add(-time.Second))
	n, err = c.Write([]byte("x"))
	show("write past", err, c)
	fmt.Println("n =", n)

	// Writes block once the socket buffers are full (nobody reads s).
	c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	chunk := make([]byte, 64<<10)
	total := 0
	for i := 0; i < 100000; i++ {
		n, err = c.Write(chunk)
		total += n
		if err != nil {
			break
		}
	}
	show("write", err, c)
	fmt.Println("wrote something:", total > 0)

	// A deadline moved later while a read waits.
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(60 * time.Millisecond))
	}()
	t0 = time.Now()
	_, err = c.Read(buf)
	show("read extended", err, c)
	fmt.Println("waited >= 60ms:", time.Since(t0) >= 60*time.Millisecond)

	// SetDeadline covers both directions.
	s.SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = s.Read(buf)
	show("server read", err, s)

	// Accept with a deadline.
	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	c.Close()
	s.Close()
	time.Sleep(100 * time.Millisecond)
	_, ok := <-accepted
	fmt.Println("accept loop ended:", !ok)
}
