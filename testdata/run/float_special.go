package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(inf, -inf, nan, negz, 0.0)
	fmt.Println(inf > 1e308, -inf < -1e308, inf == inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(negz == 0, 1/negz, 1/math.Copysign(0, 1))
	fmt.Println(inf-inf, inf*0, math.IsNaN(inf-inf))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(-inf, -1), math.IsInf(inf, -1))
	fmt.Println(math.Signbit(negz), math.Signbit(0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%v %f %e %g\n", inf, -inf, nan, negz)
	fmt.Printf("%5.2f|%-6v|%+v\n", inf, nan, inf)
	var f32 float32 = float32(math.MaxFloat32)
	f32 *= 2
	fmt.Println(f32)
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, 0), math.Max(inf, 3))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
}
