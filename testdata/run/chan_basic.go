// Unbuffered and buffered channels: send, receive, v, ok := <-c, close,
// len/cap, receiving the zero value from a closed channel.
package main

import "fmt"

func main() {
	u := make(chan int)
	go func() { u <- 42 }()
	fmt.Println("unbuffered:", <-u, len(u), cap(u))

	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println("buffered len/cap:", len(b), cap(b))
	fmt.Println(<-b, len(b))
	b <- "c"
	b <- "d"
	fmt.Println("full:", len(b), cap(b))
	close(b)
	fmt.Println("closed, still holds", len(b))
	for i := 0; i < 4; i++ {
		v, ok := <-b
		fmt.Printf("%q %v %d\n", v, ok, len(b))
	}
	v := <-b
	fmt.Printf("after drain: %q\n", v)

	var ok bool
	var x int
	c := make(chan int, 1)
	c <- 7
	x, ok = <-c
	fmt.Println(x, ok)
	close(c)
	x, ok = <-c
	fmt.Println(x, ok)

	// The zero value of each element type.
	type P struct {
		X, Y int
		S    string
	}
	pc := make(chan P)
	close(pc)
	fmt.Printf("%+v\n", <-pc)
	ic := make(chan error)
	close(ic)
	fmt.Println(<-ic)
	fc := make(chan float64, 2)
	fc <- 1.5
	close(fc)
	fmt.Println(<-fc, <-fc)

	// Channels are comparable references.
	d := make(chan int)
	e := d
	fmt.Println(d == e, d == make(chan int), d != nil)
	var nc chan int
	fmt.Println(nc == nil, len(nc), cap(nc))

	// make with a zero and a non-constant size.
	n := 5
	z := make(chan bool, 0)
	s := make(chan bool, n)
	fmt.Println(cap(z), cap(s))
}
