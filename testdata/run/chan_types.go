// Element types: structs, arrays, strings, interfaces, funcs, channels of
// channels, zero-size elements; directional channel types and conversions.
package main

import (
	"fmt"
	"strings"
)

type Req struct {
	n     int
	reply chan int
}

func server(reqs <-chan Req) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func producer(out chan<- string, words []string) {
	for _, w := range words {
		out <- strings.ToUpper(w)
	}
	close(out)
}

func main() {
	reqs := make(chan Req)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		r := Req{i, make(chan int)}
		reqs <- r
		fmt.Println("square", i, <-r.reply)
	}
	close(reqs)

	words := make(chan string)
	go producer(words, []string{"go", "sub"})
	var recvOnly <-chan string = words
	for w := range recvOnly {
		fmt.Println(w)
	}

	arr := make(chan [3]int, 1)
	arr <- [3]int{1, 2, 3}
	fmt.Println(<-arr)

	ifc := make(chan interface{}, 3)
	ifc <- 1
	ifc <- "two"
	ifc <- 3.5
	for i := 0; i < 3; i++ {
		fmt.Printf("%T ", <-ifc)
	}
	fmt.Println()

	fc := make(chan func(int) int, 1)
	fc <- func(x int) int { return x + 1 }
	fmt.Println((<-fc)(41))

	zc := make(chan struct{}, 2)
	zc <- struct{}{}
	zc <- struct{}{}
	fmt.Println("zero-size:", len(zc), cap(zc))
	<-zc
	fmt.Println(len(zc))

	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through a channel of channels"
	fmt.Println(<-inner)

	type Pair struct {
		A string
		B []int
	}
	pc := make(chan Pair, 1)
	pc <- Pair{"p", []int{1, 2}}
	fmt.Printf("%+v\n", <-pc)

	bc := make(chan bool, 1)
	bc <- true
	fmt.Println(<-bc)
	bytec := make(chan byte, 2)
	bytec <- 'h'
	bytec <- 'i'
	fmt.Println(string([]byte{<-bytec, <-bytec}))
	fmt.Printf("%T %T %T\n", reqs, recvOnly, (chan<- int)(make(chan int)))
}
