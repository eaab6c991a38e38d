// liveheap: a 200 MB live heap (a big tree of records held throughout)
// plus short-lived garbage.  With PAUSES=1 in the environment it also
// prints the longest GC pause (from runtime.MemStats) on stderr, which
// differs between implementations and runs (tools/bench/run compares output).
// The garbage escapes (the last 64 records stay reachable from a global
// ring) so that it is heap garbage under gc too: gc's escape analysis would
// keep a record used only inside the loop on the stack, and the benchmark
// would measure no garbage at all on Go's side.
// Argument: live MB (default 200).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

var recent [64]*rec

type rec struct {
	next *rec
	data [12]int64
	name string
}

func main() {
	mb := 200
	if len(os.Args) > 1 {
		mb, _ = strconv.Atoi(os.Args[1])
	}
	n := mb << 20 / 128
	buckets := make([]*rec, 1024)
	for i := 0; i < n; i++ {
		r := &rec{next: buckets[i%1024], name: "r"}
		r.data[0] = int64(i)
		buckets[i%1024] = r
	}
	var maxPause uint64
	var last uint32
	var ms runtime.MemStats
	sum := int64(0)
	for round := 0; round < 40; round++ {
		for i := 0; i < 200000; i++ {
			g := &rec{name: "garbage"}
			g.data[1] = int64(i)
			recent[i&63] = g
			sum += g.data[1] & 1
		}
		runtime.ReadMemStats(&ms)
		for k := last; k < ms.NumGC && k < last+256; k++ {
			if p := ms.PauseNs[k%256]; p > maxPause {
				maxPause = p
			}
		}
		last = ms.NumGC
	}
	live := int64(0)
	for _, b := range buckets {
		for r := b; r != nil; r = r.next {
			live += r.data[0]
		}
	}
	fmt.Println(live, sum)
	if os.Getenv("PAUSES") == "1" {
		fmt.Fprintf(os.Stderr, "max pause %.2f ms, %d GCs\n", float64(maxPause)/1e6, ms.NumGC)
	}
}
