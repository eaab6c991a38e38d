// runtime.GOMAXPROCS(n) sets the number of Ps and returns the previous value;
// GOMAXPROCS(0) only reports it. (Expects GOMAXPROCS unset in the environment.)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("default is NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("GOMAXPROCS(1) returned the old value:", prev == runtime.NumCPU())
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("GOMAXPROCS(3) returns:", runtime.GOMAXPROCS(3))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("GOMAXPROCS(-1) returns:", runtime.GOMAXPROCS(-1))
	fmt.Println("still:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == prev)
}
