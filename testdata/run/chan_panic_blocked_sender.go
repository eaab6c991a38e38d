// A sender blocked on a channel panics when the channel is closed under it;
// the panic ends the program from that goroutine.
// Golden made with GOMAXPROCS=1 tools/golden: Go numbers goroutines per P, so
// the number in its trace header is only stable with one P.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	c := make(chan int)
	var about int32
	go func() {
		atomic.StoreInt32(&about, 1)
		c <- 1 // blocks: nobody receives
	}()
	for atomic.LoadInt32(&about) == 0 {
		runtime.Gosched()
	}
	for i := 0; i < 100; i++ { // give the sender time to park
		runtime.Gosched()
	}
	fmt.Println("closing under a blocked sender")
	close(c)
	<-make(chan bool) // wait for the panic
}
