// Constant expression errors: overflow, division by zero, bad shifts.

package main

import "fmt"

const Big = 1 << 100

func main() {
	var u uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)|overflows"
	var i int = Big // ERROR "overflows"
	const d = 10 / 0 // ERROR "division by zero"
	var j int8 = -129 // ERROR "overflows"
	x := 1.5
	var k int = 7.5 // ERROR "truncated"
	const neg = 1 << -1 // ERROR "negative shift count|invalid shift count"
	fmt.Println(u, i, d, j, x, k, neg)
}
