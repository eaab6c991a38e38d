package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8, math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	for _, x := range []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 0, math.Copysign(0, -1), 1e300, math.Inf(1)} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Signbit(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(0), math.Cbrt(27), math.Cbrt(-8), math.Cbrt(2))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(1), math.NaN()), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 1.25), math.Remainder(7, 3), math.Remainder(5, 2))
	i, f := math.Modf(3.75)
	fmt.Println(i, f)
	i, f = math.Modf(-3.75)
	fmt.Println(i, f)
	fr, ex := math.Frexp(40)
	fmt.Println(fr, ex, math.Ldexp(fr, ex), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Copysign(3, -1), math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2))
	fmt.Println(math.Hypot(3, 4), math.Hypot(1e200, 1e200), math.Hypot(math.Inf(1), math.NaN()))
	fmt.Println(math.Logb(8), math.Ilogb(0.1), math.Pow10(3), math.Pow10(-2), math.Pow10(400))
	fmt.Println(math.FMA(2, 3, 4), math.MaxUint64 == uint64(18446744073709551615))
}
