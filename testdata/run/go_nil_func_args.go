// `go f(1)` with a nil func value f: the arguments are evaluated in main,
// and the new goroutine's call panics with a nil dereference, which ends
// the program with exit status 2 while main waits.
// Golden made with GOMAXPROCS=1 tools/golden: Go numbers goroutines per P, so
// the number in its trace header is only stable with one P.  With one P,
// main also prints "after" before the goroutine gets to run.
package main

import (
	"fmt"
	"runtime"
)

func arg() int {
	fmt.Println("argument evaluated")
	return 1
}

func main() {
	runtime.GOMAXPROCS(1) // main prints "after" before the goroutine runs
	var f func(int)
	fmt.Println("before")
	go f(arg())
	fmt.Println("after")
	select {}
}
