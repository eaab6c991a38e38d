package main

import (
	"fmt"
	"math"
)

func main() {
	us := []uint64{0, 1, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1025, 1<<64 - 1, 1<<64 - 2048, 12345678901234567890}
	for _, u := range us {
		f := float64(u)
		g := float32(u)
		fmt.Println(u, f, g, uint64(f) == u)
	}
	fs := []float64{0, 0.999, 1 << 63, 1<<63 + 2048, 1<<64 - 4096, 9.2e18, 1.5e19, 18446744073709549568}
	for _, f := range fs {
		fmt.Println(f, uint64(f), uint32(uint64(f)))
	}
	var i64 int64 = math.MinInt64
	fmt.Println(float64(i64), float32(i64), float64(i64+1))
	var u32 uint32 = math.MaxUint32
	fmt.Println(float32(u32), float64(u32), uint32(float64(u32)))
	x := float32(16777217.0)
	fmt.Println(x, int64(x), float32(int32(16777217)))
	var neg = -3.9
	fmt.Println(int64(neg), int32(neg), int8(neg))
}
