// main calls runtime.Goexit: the other goroutines keep running; once they are
// done the program dies with Go's "no goroutines" deadlock error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("goroutine still runs after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
