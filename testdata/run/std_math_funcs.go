package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.1, 0.5, 1, 1.5, 2, 3, math.Pi / 4, math.Pi, 10, 100, -0.3, -2.7, 1e-10, 700, -745, 1e10, 1 << 30, 1e22}
	for _, x := range xs {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
		fmt.Println("  ", math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x), math.Exp2(x))
		fmt.Println("  ", math.Atan(x), math.Asin(x/10), math.Acos(x/10), math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x))
		fmt.Println("  ", math.Asinh(x), math.Acosh(x+1), math.Atanh(x/200))
		s, c := math.Sincos(x)
		fmt.Println("  ", s, c)
	}
	for _, p := range [][2]float64{{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {10, -2}, {0, -1}, {-2, 3}, {1.0001, 10000}, {2, 1023}, {2, 1024}, {0.5, 1075}, {math.E, 2.5}, {-1, math.Inf(1)}} {
		fmt.Println(p[0], p[1], math.Pow(p[0], p[1]))
	}
	for _, yx := range [][2]float64{{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}, {3, 0}, {math.Inf(1), math.Inf(-1)}} {
		fmt.Println(yx, math.Atan2(yx[0], yx[1]))
	}
	sum := 0.0
	for i := 0; i < 10000; i++ {
		x := float64(i)*0.37 - 1000
		sum += math.Sin(x) + math.Cos(x)*0.5 + math.Atan(x)*0.25 + math.Exp(x/500) + math.Log(math.Abs(x)+1)
	}
	fmt.Println(sum)
}
