// GODEBUG=gctrace=1 prints one line per collection on stderr, timed from
// the program's start (ctest gctrace checks the lines; not a golden-output
// test: the figures vary from run to run).
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	for i := 0; i < 3; i++ {
		keep = append(keep, make([]byte, 1<<20))
		runtime.GC()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collections at least 3:", ms.NumGC >= 3)
}
