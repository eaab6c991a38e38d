// A pipeline with fan-out and fan-in; results are collected and sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int, 16)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	src := source(1000)
	workers := make([]<-chan int, 5)
	for i := range workers {
		workers[i] = square(src)
	}
	var all []int
	sum := 0
	for v := range merge(workers...) {
		all = append(all, v)
		sum += v
	}
	sort.Ints(all)
	fmt.Println(len(all), sum, all[:5], all[len(all)-2:])
}
