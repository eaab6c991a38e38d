package main

import (
	"fmt"
	"math"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), real(b)*imag(b))
	var c64 complex64 = complex64(a)
	fmt.Println(c64, c64*c64)
	fmt.Printf("%v %.2f %T %T\n", a, b, a, c64)
	fmt.Println(a == complex(1, 2), a != b)
	z := 0i
	z += 1
	z *= 1i
	fmt.Println(z)
	mag := math.Sqrt(real(b)*real(b) + imag(b)*imag(b))
	fmt.Println(mag)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	println(a)
}
