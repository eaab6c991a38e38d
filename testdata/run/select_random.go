// When several cases are ready, select chooses uniformly at random.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	const n = 30000
	for i := 0; i < n; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			counts[v]++
			<-b
			<-c
		case v := <-b:
			counts[v]++
			<-a
			<-c
		case v := <-c:
			counts[v]++
			<-a
			<-b
		}
	}
	for i, k := range counts {
		// expectation 10000; 8000 is more than 20 standard deviations away
		fmt.Println("case", i, "chosen often:", k > 8000 && k < 12000)
	}

	// Send and receive cases mixed, all ready.
	s := make(chan int, 1)
	r := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 10000; i++ {
		r <- 1
		select {
		case s <- 1:
			sends++
			<-s
			<-r
		case <-r:
			recvs++
		}
	}
	fmt.Println("send/recv both chosen:", sends > 4000, recvs > 4000, sends+recvs)
}
