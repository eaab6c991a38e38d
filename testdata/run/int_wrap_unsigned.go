package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var z uint8 = 0
	z--
	fmt.Println(z)
	var b uint16 = 65535
	b += 2
	fmt.Println(b)
	var c uint32 = 0
	c -= 1
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	var e uint = 1 << 63
	fmt.Println(e*2, e+e-1)
	var p uintptr = 0
	p--
	fmt.Println(p == ^uintptr(0))
	var m uint32 = 0xDEADBEEF
	fmt.Println(m*m, m*3, -m)
	var n uint8 = 200
	fmt.Println(n+n, n*2, n/3, n%7)
	var r rune = 'a'
	var by byte = 'z' + 10
	fmt.Println(r+1, by)
	x := uint64(12345678901234567890)
	fmt.Println(x*10, x/7, x%1000)
}
