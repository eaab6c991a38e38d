// Errors after Close: reads, writes, deadlines and a second Close on a
// closed connection; a Read blocked in another goroutine when the
// connection closes; Accept on a closed listener; dialing a closed port.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

var repl *strings.Replacer

func show(what string, err error) {
	s := "<nil>"
	if err != nil {
		s = repl.Replace(err.Error())
	}
	fmt.Printf("%s: %s (ErrClosed %v, EOF %v)\n", what, s, errors.Is(err, net.ErrClosed), err == io.EOF)
}

func main() {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println(err)
		}
		srv <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	s := <-srv
	repl = strings.NewReplacer(c.LocalAddr().String(), "CLIENT", ln.Addr().String(), "SERVER")

	// A reader blocked when its connection is closed by another goroutine.
	got := make(chan error)
	go func() {
		buf := make([]byte, 8)
		_, err := c.Read(buf)
		got <- err
	}()
	time.Sleep(20 * time.Millisecond)
	show("close", c.Close())
	show("blocked read", <-got)

	// Everything after Close.
	buf := make([]byte, 8)
	n, err := c.Read(buf)
	show("read", err)
	n, err = c.Write([]byte("x"))
	fmt.Println("written", n)
	show("write", err)
	show("set deadline", c.SetDeadline(time.Now()))
	show("set read deadline", c.SetReadDeadline(time.Now()))
	show("close again", c.Close())
	show("close write", c.(*net.TCPConn).CloseWrite())

	// The peer sees the end of the stream.
	_, err = s.Read(buf)
	show("peer read", err)
	s.Close()

	// Accept blocked when the listener closes, then Accept after Close.
	go func() {
		_, err := ln.Accept()
		got <- err
	}()
	time.Sleep(20 * time.Millisecond)
	addr := ln.Addr().String()
	show("listener close", ln.Close())
	show("blocked accept", <-got)
	_, err = ln.Accept()
	show("accept", err)
	show("listener close again", ln.Close())

	// Nobody listens on the port any more.
	_, err = net.Dial("tcp", addr)
	show("dial", err)
	var oe *net.OpError
	if errors.As(err, &oe) {
		fmt.Println("op", oe.Op, "net", oe.Net, "source", oe.Source, "addr", repl.Replace(oe.Addr.String()))
	}
	_, err = net.DialTimeout("tcp", addr, time.Second)
	show("dial timeout", err)
	d := net.Dialer{Timeout: time.Second}
	_, err = d.Dial("tcp4", addr)
	show("dialer", err)

	// DialTimeout and a Dialer that succeed.
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln2.Close()
	c2, err := net.DialTimeout("tcp", ln2.Addr().String(), time.Second)
	show("dial timeout ok", err)
	c2.Close()
	c3, err := d.Dial("tcp", ln2.Addr().String())
	show("dialer ok", err)
	c3.Close()
}
