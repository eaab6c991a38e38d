// range over a channel stops when the channel is closed and drained.
package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i * i
		}
		close(c)
	}()
	return c
}

func main() {
	sum := 0
	for v := range gen(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("\nsum:", sum)

	b := make(chan string, 4)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Println("buffered:", s)
	}

	// range without a variable, break, continue.
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	n := 0
	for range c {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("counted", n, "left", len(c))
	for v := range c {
		if v%2 == 0 {
			continue
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Assigning to an existing variable.
	var last int
	for last = range gen(4) {
	}
	fmt.Println("last:", last)
}
