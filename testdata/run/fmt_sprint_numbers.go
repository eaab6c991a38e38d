package main

import (
	"fmt"
	"math"
)

func main() {
	nums := []float64{1, 10, 1e5, 1e6, 1e20, 1e21, 1e-4, 1e-5, 0.1, 123.456, -0.0, 1 << 53, 3e-310, 2.5e-8, 100.5, 12345678.9}
	for _, n := range nums {
		fmt.Println(n, float32(n), fmt.Sprint(n), fmt.Sprintf("%v|%g|%G|%e|%.3e|%f", n, n, n, n, n, n))
	}
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Exp(1))
	var sum float64
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println(sum, float32(sum))
}
