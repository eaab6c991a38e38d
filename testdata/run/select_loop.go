// select in a loop: merging two producers until both are closed, disabling a
// closed case by setting its channel to nil.
package main

import "fmt"

func produce(n, base int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- base + i
		}
		close(c)
	}()
	return c
}

func main() {
	a := produce(100, 0)
	b := produce(50, 1000)
	sumA, sumB, na, nb := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			nb++
		}
	}
	fmt.Println(na, sumA, nb, sumB)

	// A worker loop with a quit channel.
	jobs := make(chan int)
	quit := make(chan bool)
	results := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case j := <-jobs:
				total += j
			case <-quit:
				results <- total
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	quit <- true
	fmt.Println("total:", <-results)

	// Labelled break out of a for-select.
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i
	}
	close(c)
	count := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			count += v
		}
	}
	fmt.Println("count:", count)
}
