// mapcount: map-heavy counting: words (map[string]int) and integers
// (map[int]int) counted over a pseudo-random stream, then summarised.
// Argument: stream length (default 4000000).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := make([]string, 5000)
	for i := range words {
		words[i] = "w" + strconv.Itoa(i*7919%100003)
	}
	ws := map[string]int{}
	is := map[int]int{}
	x := uint32(12345)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		ws[words[x%uint32(len(words))]]++
		is[int(x%200000)] += i & 7
	}
	maxw, maxc := "", 0
	for w, c := range ws {
		if c > maxc || (c == maxc && w < maxw) {
			maxw, maxc = w, c
		}
	}
	sum := 0
	for k, v := range is {
		sum += k ^ v
	}
	fmt.Println(len(ws), maxw, maxc, len(is), sum)
}
