package main

import (
	"fmt"
	"math"
)

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}} {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b)
	}
	var m int64 = math.MinInt64
	var n1 int64 = -1
	fmt.Println(m/n1, m%n1)
	var m32 int32 = math.MinInt32
	var n32 int32 = -1
	fmt.Println(m32/n32, m32%n32)
	var m8 int8 = -128
	var n8 int8 = -1
	fmt.Println(m8/n8, m8%n8)
	var u uint = 17
	fmt.Println(u/5, u%5)
	fmt.Println(-7>>1, -7/2)
	var x int = -100
	for _, d := range []int{3, 8, 16, -16} {
		fmt.Println(x/d, x%d)
	}
	var f = -7.5
	fmt.Println(f/2, math.Mod(f, 2), math.Remainder(f, 2))
}
