// select4: four producer goroutines each send on their own unbuffered channel; one
// consumer receives from all four with a select until each has sent 500,000 values
// (the size argument), plus a quit channel case that never fires. Measures select over
// several channels with blocked senders. Prints the count and a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	per := 500000
	if len(os.Args) > 1 {
		per, _ = strconv.Atoi(os.Args[1])
	}
	var cs [4]chan int
	for k := range cs {
		cs[k] = make(chan int)
		go func(k int, c chan<- int) {
			for i := 0; i < per; i++ {
				c <- k*per + i
			}
			close(c)
		}(k, cs[k])
	}
	quit := make(chan bool)
	a, b, c, d := cs[0], cs[1], cs[2], cs[3]
	count, open := 0, 4
	var sum, mix uint64
	take := func(v int, ok bool, ch *chan int) {
		if !ok {
			*ch = nil
			open--
			return
		}
		count++
		sum += uint64(v)
		mix ^= uint64(v) * 0x9E3779B97F4A7C15 >> 5
	}
	for open > 0 {
		select {
		case v, ok := <-a:
			take(v, ok, &a)
		case v, ok := <-b:
			take(v, ok, &b)
		case v, ok := <-c:
			take(v, ok, &c)
		case v, ok := <-d:
			take(v, ok, &d)
		case <-quit:
			return
		}
	}
	fmt.Println(count, sum, mix)
}
