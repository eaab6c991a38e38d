// A server keeps serving other clients while one client stalls: the
// stalled client connects and sends half a request; ten others are served;
// then the stalled one finishes.
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		fmt.Fprintf(c, "%s\n", strings.ToUpper(strings.TrimSpace(line)))
	}
}

func request(addr, msg string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	fmt.Fprintf(c, "%s\n", msg)
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err.Error()
	}
	return strings.TrimSpace(line)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
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
	addr := ln.Addr().String()

	stalled, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	stalled.Write([]byte("half a"))

	var wg sync.WaitGroup
	out := make([]string, 10)
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = request(addr, fmt.Sprintf("client %d", i))
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}

	stalled.Write([]byte(" line\n"))
	line, err := bufio.NewReader(stalled).ReadString('\n')
	fmt.Printf("stalled client: %q %v\n", line, err)
	stalled.Close()
	ln.Close()
}
