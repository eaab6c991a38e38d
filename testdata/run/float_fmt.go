package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456.789, 6.02e23, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Println(v, fmt.Sprint(v), fmt.Sprintf("%e|%f|%g|%.3g|%8.2f|%-8.2f|%+.1e", v, v, v, v, v, v, v))
	}
	var f32s = []float32{0.1, 1.0 / 3, 16777216, 16777217, 3.4e38, 1e-45}
	for _, v := range f32s {
		fmt.Println(v, float64(v))
		fmt.Printf("%v %g %e %.10f\n", v, v, v, v)
	}
	fmt.Printf("%6.2f|%06.2f|%x|%X\n", 3.14159, -3.14159, 1.0, 255.5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %G\n", 1e-7, 123456789.0, 1e-10)
	fmt.Printf("%5.1f%%\n", 99.44)
}
