// Several goroutines blocked on one socket: four acceptors on one
// listener, three readers on one UDP socket fed a burst of datagrams (one
// readiness edge may stand for many), and a TCP connection read and
// written at the same time by two goroutines.
package main

import (
	"fmt"
	"io"
	"net"
	"sort"
	"sync"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	var mu sync.Mutex
	perAcceptor := make([]int, 4)
	var accepted sync.WaitGroup
	accepted.Add(20)
	for a := 0; a < 4; a++ {
		go func(a int) {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				mu.Lock()
				perAcceptor[a]++
				mu.Unlock()
				c.Close()
				accepted.Done()
			}
		}(a)
	}
	time.Sleep(10 * time.Millisecond) // all four park in Accept
	var conns []net.Conn
	for i := 0; i < 20; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			fmt.Println(err)
			return
		}
		conns = append(conns, c)
	}
	accepted.Wait()
	total := 0
	for _, n := range perAcceptor {
		total += n
	}
	fmt.Println("accepted:", total)
	for _, c := range conns {
		c.Close()
	}
	ln.Close()

	// UDP: three readers, one burst.
	u, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	got := make(chan string, 30)
	for r := 0; r < 3; r++ {
		go func() {
			buf := make([]byte, 64)
			for {
				n, _, err := u.ReadFrom(buf)
				if err != nil {
					return
				}
				got <- string(buf[:n])
			}
		}()
	}
	time.Sleep(10 * time.Millisecond)
	s, err := net.DialUDP("udp4", nil, u.LocalAddr().(*net.UDPAddr))
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < 30; i++ {
		fmt.Fprintf(s, "dgram %02d", i)
	}
	var msgs []string
	timeout := time.After(5 * time.Second)
	for len(msgs) < 30 {
		select {
		case m := <-got:
			msgs = append(msgs, m)
		case <-timeout:
			fmt.Println("timed out with", len(msgs))
			return
		}
	}
	sort.Strings(msgs)
	fmt.Println(len(msgs), msgs[0], msgs[29])
	s.Close()
	u.Close()

	// Full duplex: one goroutine writes 1 MiB while another reads the
	// echo of it on the same connection.
	ln, _ = net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(c, c)
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	const size = 1 << 20
	go func() {
		b := make([]byte, 4096)
		for i := 0; i < size/len(b); i++ {
			for j := range b {
				b[j] = byte(i + j)
			}
			c.Write(b)
		}
		c.(*net.TCPConn).CloseWrite()
	}()
	echoed, err := io.ReadAll(c)
	ok := len(echoed) == size
	for i := 0; ok && i < size; i++ {
		if echoed[i] != byte(i/4096+i%4096) {
			ok = false
		}
	}
	fmt.Println("echoed", len(echoed), "intact", ok, err)
	c.Close()
	ln.Close()
}
