// sieve: the concurrent prime sieve: a generator goroutine feeds a chain of filter
// goroutines, one per prime found, linked by unbuffered channels; finds the first
// 2500 primes (the size argument). Every number crosses a channel per filter it passes.
// Prints the count, the last prime and the sum of the primes.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if v := <-in; v%prime != 0 {
			out <- v
		}
	}
}

func main() {
	n := 2500
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	last, sum := 0, 0
	for i := 0; i < n; i++ {
		prime := <-ch
		last = prime
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(n, last, sum)
}
