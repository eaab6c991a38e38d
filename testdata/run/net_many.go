// 1,000 concurrent connections: every client connects before any is
// answered (the server replies only once all are in), then each checks
// its own reply.
package main

import (
	"fmt"
	"io"
	"net"
	"sync"
)

const N = 1000

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	var mu sync.Mutex
	arrived := 0
	all := make(chan bool)
	go func() {
		for i := 0; i < N; i++ {
			c, err := ln.Accept()
			if err != nil {
				fmt.Println(err)
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				var b [4]byte
				if _, err := io.ReadFull(c, b[:]); err != nil {
					fmt.Println("server read:", err)
					return
				}
				mu.Lock()
				arrived++
				if arrived == N {
					close(all)
				}
				mu.Unlock()
				<-all
				b[0], b[3] = b[3], b[0]
				c.Write(b[:])
			}(c)
		}
	}()
	var wg sync.WaitGroup
	bad := make(chan int, N)
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				fmt.Println("dial:", err)
				bad <- i
				return
			}
			defer c.Close()
			b := []byte{byte(i), byte(i >> 8), 7, 9}
			c.Write(b)
			var r [4]byte
			if _, err := io.ReadFull(c, r[:]); err != nil || r[0] != 9 || r[3] != byte(i) || r[1] != byte(i>>8) {
				bad <- i
			}
		}(i)
	}
	wg.Wait()
	close(bad)
	nbad := 0
	for range bad {
		nbad++
	}
	fmt.Println("connections:", N, "arrived:", arrived, "bad:", nbad)
	ln.Close()
}
