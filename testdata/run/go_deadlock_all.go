// Every goroutine blocks: main on a receive, one goroutine on a send to a
// channel nobody reads, another on a nil channel.
// Golden made with GOMAXPROCS=1 tools/golden: Go numbers goroutines per P, so
// the numbers in its trace headers are only stable with one P.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	var never chan int
	started := make(chan bool)
	go func() {
		started <- true
		b <- 1
	}()
	go func() {
		started <- true
		<-never
	}()
	<-started
	<-started
	fmt.Println("all started")
	<-a
}
