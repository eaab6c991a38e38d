// The min, max and clear builtins (Go 1.21).
// GOLDEN WRITTEN BY HAND: the reference toolchain (Go 1.19) does not have
// these builtins; gosub implements Go 1.22.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1), max(1, 2.5), min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()), min(-0.0, 0.0), max(-0.0, 0.0))
	fmt.Println(min(math.Inf(-1), 0), max(math.Inf(1), 0))
	const c = min(1, 2.5)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	var u uint8 = 200
	fmt.Println(max(u, 100), min(u, 255))
	negz, zero := math.Copysign(0, -1), 0.0
	fmt.Println(min(negz, zero), max(negz, zero), min(zero, negz), max(zero, negz))
}
