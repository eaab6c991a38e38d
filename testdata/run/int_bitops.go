package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110000
	fmt.Println(^u, u&^0xF0, u|0x0F, u^0xFF)
	fmt.Println(popcount(0xFFFF), popcount(0x8000000000000001), popcount(0))
	var x int32 = -1
	fmt.Println(uint32(x), x&0xFF, x^x)
	v := uint32(0x12345678)
	rev := v>>24 | (v>>8)&0xFF00 | (v<<8)&0xFF0000 | v<<24
	fmt.Printf("%08x\n", rev)
	fmt.Printf("%b %o %x %X\n", 255, 255, 255, 255)
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 5
	flags &^= 1 << 3
	flags ^= 1
	fmt.Println(flags)
}
