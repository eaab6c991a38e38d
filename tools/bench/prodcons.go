// prodcons: 4 producers and 4 consumers share one buffered channel (capacity 256);
// each producer sends 2,500,000 numbers (10^7 messages in all; the size argument
// is the per-producer count). Measures contended buffered channel operations and
// parking/unparking on a full or empty buffer. Prints the message count and a
// checksum, so a lost or duplicated message shows.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	per := 2500000
	if len(os.Args) > 1 {
		per, _ = strconv.Atoi(os.Args[1])
	}
	const producers, consumers = 4, 4
	c := make(chan int64, 256)
	var pw sync.WaitGroup
	pw.Add(producers)
	for p := 0; p < producers; p++ {
		go func(p int) {
			defer pw.Done()
			base := int64(p) * int64(per)
			for i := int64(0); i < int64(per); i++ {
				c <- base + i
			}
		}(p)
	}
	type result struct{ count, sum, xor int64 }
	results := make(chan result, consumers)
	for k := 0; k < consumers; k++ {
		go func() {
			var r result
			for v := range c {
				r.count++
				r.sum += v
				r.xor ^= int64(uint64(v) * 0x9E3779B97F4A7C15 >> 7)
			}
			results <- r
		}()
	}
	pw.Wait()
	close(c)
	var total result
	for k := 0; k < consumers; k++ {
		r := <-results
		total.count += r.count
		total.sum += r.sum
		total.xor ^= r.xor
	}
	fmt.Println(total.count, total.sum, total.xor)
}
