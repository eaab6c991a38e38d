package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	// shortest formatting must round-trip; count digits over a deterministic sample
	seed := uint64(88172645463325252)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	total, fails := 0, 0
	for i := 0; i < 20000; i++ {
		f := math.Float64frombits(next())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || g != f {
			fails++
		}
		total += len(s)
		if i%2000 == 0 {
			fmt.Println(s, strconv.FormatFloat(f, 'e', 8, 64))
		}
	}
	fmt.Println(total, fails)
	for i := 0; i < 2000; i++ {
		f := float32(math.Float32frombits(uint32(next())))
		if f != f {
			continue
		}
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		g, err := strconv.ParseFloat(s, 32)
		if err != nil && !math.IsInf(float64(f), 0) || float32(g) != f {
			fails++
		}
		if i%400 == 0 {
			fmt.Println(s)
		}
	}
	fmt.Println(fails)
	for _, v := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 40} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(v, b)
			w, err := strconv.ParseInt(s, b, 64)
			fmt.Print(s, " ", w == v, err, "; ")
		}
		fmt.Println()
	}
}
