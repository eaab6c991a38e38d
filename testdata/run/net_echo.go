// An echo server and its clients in one program: one goroutine per
// connection, line-oriented clients through bufio, CloseWrite giving the
// server EOF, and the listener's Close ending its Accept loop.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println("network:", ln.Addr().Network())
	done := make(chan bool)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				fmt.Println("accept error:", strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1), errors_is(err))
				close(done)
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				io.Copy(c, c)
			}(c)
		}
	}()
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				results[i] = "dial: " + err.Error()
				return
			}
			defer c.Close()
			if c.RemoteAddr().String() != ln.Addr().String() {
				results[i] = "bad remote address"
				return
			}
			r := bufio.NewReader(c)
			var sb strings.Builder
			for j := 0; j < 3; j++ {
				fmt.Fprintf(c, "client %d line %d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil {
					sb.WriteString("err " + err.Error())
					break
				}
				sb.WriteString(line)
			}
			c.(*net.TCPConn).CloseWrite()
			_, err = r.ReadString('\n')
			sb.WriteString(fmt.Sprint("after CloseWrite: ", err))
			results[i] = sb.String()
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	ln.Close()
	<-done
	err = ln.Close()
	fmt.Println(strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
}

func errors_is(err error) bool {
	return strings.Contains(err.Error(), net.ErrClosed.Error())
}
