// A blocking select waits until one of its cases can proceed, receives or
// sends the right value, and runs only that case.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() { b <- "from b" }()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("got", s)
	}

	out := make(chan int)
	done := make(chan int)
	go func() { done <- <-out * 2 }()
	select {
	case out <- 21:
		fmt.Println("sent")
	case v := <-a:
		fmt.Println("unexpected", v)
	}
	fmt.Println(<-done)

	// The form v, ok := <-c in a case, on a channel closed while selecting.
	c := make(chan float64)
	go close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed:", v, ok)
	case <-a:
	}

	// Assigning to existing variables and receiving without assignment.
	var x int
	var ok bool
	d := make(chan int, 1)
	d <- 5
	select {
	case x, ok = <-d:
	}
	fmt.Println(x, ok)
	d <- 6
	select {
	case <-d:
		fmt.Println("discarded")
	}

	// A select with one case behaves like the plain operation.
	go func() { a <- 9 }()
	select {
	case v := <-a:
		fmt.Println("single case", v)
	}

	// break inside select leaves the select only.
	for i := 0; i < 2; i++ {
		d <- i
		select {
		case v := <-d:
			if v == 0 {
				break
			}
			fmt.Println("after break check", v)
		}
	}

	// The channel and value expressions of every case are evaluated once, in
	// source order, before the select chooses.
	order := []string{}
	ch := func(name string, c chan int) chan int { order = append(order, "chan "+name); return c }
	val := func(name string, v int) int { order = append(order, "val "+name); return v }
	e := make(chan int, 1)
	var never chan int
	select {
	case ch("never", never) <- val("never", 1):
	case ch("e", e) <- val("e", 2):
	case <-ch("recv", never):
	}
	fmt.Println(order, <-e)
}
