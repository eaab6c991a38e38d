package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(42)
	counts := make([]int, 10)
	for i := 0; i < 100000; i++ {
		counts[rand.Intn(10)]++
	}
	ok := true
	for _, c := range counts {
		if c < 9000 || c > 11000 {
			ok = false
		}
	}
	p := rand.Perm(10)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	r := rand.New(rand.NewSource(7))
	f := r.Float64()
	fmt.Println(ok, len(seen), f >= 0 && f < 1, rand.Int63n(1000) < 1000)
}
