package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 0.4, 0.5, 0.9, 1.5, -0.5, -1.5, -2.9, 1e9 + 0.5, 123456789012.75, -9e15}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f), math.Round(f), math.Floor(f), math.Ceil(f), math.Trunc(f))
	}
	p, q, r, s := 200.9, -100.9, 4e9, 1e19
	fmt.Println(uint8(p), int8(q), uint32(r), uint64(s))
	var f32 float32 = 16777217
	fmt.Println(int(f32))
	i := 1 << 53
	fmt.Println(float64(i), float64(i+1), float32(i+1))
	var big int64 = math.MaxInt64
	fmt.Println(float64(big), float32(big))
	var u uint64 = math.MaxUint64
	fmt.Println(float64(u), float32(u))
	n := -7
	fmt.Println(float64(n)/2, float64(n/2))
}
