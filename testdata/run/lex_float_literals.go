package main

import "fmt"

func main() {
	fmt.Println(0.0, 1.5, .25, 1., 1e3, 1E-3, 6.02214076e23)
	fmt.Println(1_000.000_1, 0x1p-2, 0x1.8p1, 0X.8p0, 0x1p10)
	fmt.Println(1e308, 4.9e-324, 2.2250738585072014e-308)
	var f32 float32 = 3.14159265358979
	fmt.Println(f32, float64(f32))
	fmt.Println(0.1+0.2, 1/3.0, 2.0/3)
	x := 0.1
	fmt.Println(x+0.2 == 0.3, 0.1+0.2 == 0.3)
}
