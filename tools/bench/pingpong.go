// pingpong: two goroutines bounce a counter over a pair of unbuffered channels,
// 10^6 round trips (the size argument). Measures the blocking send/receive and
// the switch to the waiting partner. Prints the round trips and the final value.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong + 1
	}
	close(ping)
	<-pong
	fmt.Println(n, v)
}
