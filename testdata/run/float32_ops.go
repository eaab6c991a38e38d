package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := a + b
	fmt.Println(c, c == 0.3, float64(c))
	var sum float32
	for i := 0; i < 1000; i++ {
		sum += 0.001
	}
	fmt.Println(sum)
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum64 += 0.001
	}
	fmt.Println(sum64)
	x := float32(1) / 3
	fmt.Println(x, x*3, float32(16777216)+1)
	y := float32(1e10)
	fmt.Println(y, y*y, y*y*y*y)
	var h float32 = 1.0000001
	fmt.Println(h, h-1)
	fmt.Printf("%.20f\n", float32(0.1))
	fmt.Println(float32(2.5)*float32(1.1), 2.5*1.1)
}
