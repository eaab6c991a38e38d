// Goroutines that call into C library code running several KB deep (setenv,
// the first localtime) while on their small first stack segment, next to
// many parked goroutines whose stacks must stay intact.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

func main() {
	const parked = 2000
	gate := make(chan int)
	var pw sync.WaitGroup
	sums := make([]int, parked)
	for i := 0; i < parked; i++ {
		pw.Add(1)
		go func(i int) {
			defer pw.Done()
			a, b := i*3, i*5
			v := <-gate
			sums[i] = a + b + v
		}(i)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	res := make([]string, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			k := fmt.Sprint("GOSUB_FIRSTSEG_", i)
			mu.Lock() // the C environment is not safe for concurrent use
			os.Setenv(k, fmt.Sprint(i*i))
			v := os.Getenv(k)
			os.Unsetenv(k)
			_, still := os.LookupEnv(k)
			mu.Unlock()
			t := time.Unix(int64(i+1)*86400, 0).Local()
			res[i] = fmt.Sprint(v, " ", still, " ", t.Year())
		}(i)
	}
	wg.Wait()
	for i := 0; i < parked; i++ {
		gate <- 1
	}
	pw.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(res[0], "|", res[7], "|", res[49])
	fmt.Println(total)
}
