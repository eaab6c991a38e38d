package main

import "math"

func main() {
	println(1.0, 0.5, -2.25, 1e100, 1e-100)
	println(0.0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN())
	println(float32(1.5), float32(0.1), 3.0/7)
	println(123456789.0, 1.0/3.0)
	println(1, -1, int8(-5), uint64(18446744073709551615))
	println(true, false, "str", 'x')
	println("no newline needed")
	print("a", 1, 2.5, true, "\n")
	print(1, 2, "\n")
	var p *int
	println(p == nil)
}
