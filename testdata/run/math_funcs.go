package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 10, -3.7}
	for _, x := range xs {
		fmt.Printf("%.6g: abs=%g floor=%g ceil=%g trunc=%g round=%g sqrt=%.6g exp=%.6g log=%.6g sin=%.6g cos=%.6g\n",
			x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.Sqrt(x), math.Exp(x), math.Log(x), math.Sin(x), math.Cos(x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(-8, 1.0/3), math.Pow(0, 0))
	fmt.Println(math.Hypot(3, 4), math.Atan2(1, 1), math.Atan(1)*4)
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Log1p(0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.RoundToEven(2.5), math.RoundToEven(3.5), math.Round(-2.5))
	fmt.Println(math.Tan(0.5), math.Asin(0.5), math.Acos(0.5), math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Copysign(3, -1), math.Signbit(-0.0))
}
