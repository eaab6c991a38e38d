// nil channels in select: their cases are never chosen, with or without a
// default; a select whose only other case is ready takes it.
package main

import "fmt"

func main() {
	var nilRecv chan int
	var nilSend chan string
	ready := make(chan int, 1)
	ready <- 3
	for i := 0; i < 100; i++ {
		select {
		case <-nilRecv:
			fmt.Println("never")
		case nilSend <- "x":
			fmt.Println("never")
		case v := <-ready:
			ready <- v
		}
	}
	fmt.Println("only the ready case ran:", <-ready)

	select {
	case <-nilRecv:
		fmt.Println("never")
	case nilSend <- "y":
		fmt.Println("never")
	default:
		fmt.Println("default with only nil channels")
	}

	// Turning a case off and on by swapping in nil.
	in := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	out := make(chan int, 10)
	var pending []int
	var sendc chan int
	var next int
	for in != nil || len(pending) > 0 {
		if len(pending) > 0 {
			sendc, next = out, pending[0]
		} else {
			sendc = nil
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*10)
		case sendc <- next:
			pending = pending[1:]
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
