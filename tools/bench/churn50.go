// churn50: a steady churn loop over a 50 MB live set: records are replaced
// one by one, so the live size stays at 50 MB while garbage flows.  Run
// with --rss: peak RSS should stay under 2.5x the live size (125 MB).
// Argument: live MB (default 50).
package main

import (
	"fmt"
	"os"
	"strconv"
)

type rec struct {
	id   int
	data []byte
}

func main() {
	mb := 50
	if len(os.Args) > 1 {
		mb, _ = strconv.Atoi(os.Args[1])
	}
	n := mb << 20 / 1024
	live := make([]*rec, n)
	for i := range live {
		live[i] = &rec{id: i, data: make([]byte, 1000)}
	}
	x := uint32(7)
	sum := 0
	for i := 0; i < 20*n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		k := int(x % uint32(n))
		r := &rec{id: i, data: make([]byte, 1000)}
		r.data[i%1000] = byte(i)
		sum += int(live[k].data[(i+1)%1000])
		live[k] = r
	}
	fmt.Println(len(live), sum)
}
