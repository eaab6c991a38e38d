// fmt's printers are shared between goroutines: formatting from several
// goroutines at once (on several Ps) must not mix their buffers.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	bad := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				s := fmt.Sprint("k", g, "-", i)
				if s != "k"+strconv.Itoa(g)+"-"+strconv.Itoa(i) {
					bad[g]++
				}
				t := fmt.Sprintf("%05d|%x", i, g)
				if len(t) < 7 {
					bad[g]++
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("mismatches:", bad)
}
