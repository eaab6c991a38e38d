package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []float64{inf, ninf, nan, 0, negz, 1, -1}
	for _, x := range vals {
		fmt.Println(x, math.Sqrt(x), math.Exp(x), math.Log(x), math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
		fmt.Println("  ", math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.Abs(x), math.Signbit(x), math.Cbrt(x), math.Tanh(x))
		fmt.Println("  ", math.Pow(x, 2), math.Pow(2, x), math.Pow(x, 0.5), math.Pow(x, -1), math.Mod(x, 2), math.Mod(5, x), math.Hypot(x, 1), math.Atan2(x, -1))
		fmt.Println("  ", math.Log1p(x), math.Expm1(x), math.Exp2(x), math.Log2(x), math.Log10(x), math.Asinh(x), math.Acosh(x), math.Atanh(x))
	}
	fmt.Printf("%v %.2f %e %g %08.3f %+v % v\n", inf, ninf, nan, negz, inf, nan, nan)
	fmt.Println(inf == inf, nan == nan, nan != nan, negz == 0, 1/negz, 1/math.Copysign(0, 1))
	fmt.Println(int64(math.Floor(-2.5)), int(math.Round(2.5)), int(math.RoundToEven(2.5)))
	fmt.Println(math.Float64bits(nan) != 0, math.IsNaN(math.Sqrt(-4)), math.Float64bits(negz))
	fmt.Println(math.Sin(1e300), math.Cos(1e22), math.Tan(1e15), math.Sin(math.Pi), math.Cos(math.Pi/2))
}
