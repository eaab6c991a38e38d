package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int8 = -128
	b = -b
	fmt.Println(b)
	fmt.Println(b * -1, b * 3)
	var c int16 = 32767
	c += 10
	fmt.Println(c)
	var d int32 = math.MaxInt32
	d *= 2
	fmt.Println(d)
	var e int64 = math.MaxInt64
	e++
	fmt.Println(e, e == math.MinInt64)
	var f int = math.MinInt64
	f = -f
	fmt.Println(f)
	var g int32 = -2147483648
	fmt.Println(g-1, -g, g*g)
	var h int64 = 3037000500
	fmt.Println(h * h)
	x := int8(100)
	y := int8(100)
	fmt.Println(x+y, x*y, x-(-y))
	var i16 int16 = -300
	fmt.Println(int8(i16), uint8(i16), int32(i16))
}
