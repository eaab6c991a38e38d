package main

import (
	"fmt"
	"sort"
)

// Unstable sorts must place equal elements exactly as gc's pdqsort does.

type kv struct {
	k, v int
}

func main() {
	seed := uint32(12345)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for _, n := range []int{5, 13, 40, 64, 100, 500, 2000} {
		a := make([]kv, n)
		for i := range a {
			a[i] = kv{next() % 7, i}
		}
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		h := 0
		for i, e := range a {
			h = (h*31 + e.v*7 + i) % 1000000007
		}
		fmt.Println(n, h, a[:5])
		// already sorted, reversed and sawtooth inputs
		b := make([]int, n)
		for i := range b {
			b[i] = n - i
		}
		sort.Ints(b)
		c := make([]kv, n)
		for i := range c {
			c[i] = kv{i % 10, i}
		}
		sort.Slice(c, func(i, j int) bool { return c[i].k > c[j].k })
		h = 0
		for i, e := range c {
			h = (h*31 + e.v*7 + i) % 1000000007
		}
		fmt.Println(b[0], b[n-1], h)
		d := make([]kv, n)
		for i := range d {
			d[i] = kv{next() % 3, i}
		}
		sort.SliceStable(d, func(i, j int) bool { return d[i].k < d[j].k })
		h = 0
		for i, e := range d {
			h = (h*31 + e.v*7 + i) % 1000000007
		}
		fmt.Println(h)
	}
	// a sort that counts comparisons
	count := 0
	x := make([]int, 300)
	for i := range x {
		x[i] = next() % 50
	}
	sort.Slice(x, func(i, j int) bool { count++; return x[i] < x[j] })
	fmt.Println(count, x[:10], x[290:])
}
