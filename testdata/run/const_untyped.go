package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Ratio = Huge >> 98
const Third = 1.0 / 3
const Big = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Ratio, Huge>>90)
	fmt.Println(Third, float32(Third))
	fmt.Println(Big)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	var f float64 = 1 << 62
	fmt.Println(f)
	const d = 7 / 2
	const e = 7 / 2.0
	fmt.Println(d, e)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt32, math.MaxUint32, math.MaxInt8, math.MaxUint16)
	fmt.Println(math.Pi, float32(math.Pi))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const big = 123456789012345678901234567890
	fmt.Println(big / 1000000000000000000000)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, exact)
	const boolc = 1 < 2
	fmt.Println(boolc, !boolc)
	var i8 int8 = -128 / 2
	fmt.Println(i8, ^0, ^uint8(0))
}
