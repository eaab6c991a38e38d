package main

import "fmt"

func main() {
	var one int64 = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Println(s, one<<s, uint64(1)<<s, int32(1)<<s, uint8(1)<<s)
	}
	var neg int64 = -8
	for _, s := range []uint{0, 1, 3, 4, 62, 63, 64, 200} {
		fmt.Println(s, neg>>s, neg<<s, int8(-128)>>s, uint8(0x80)>>s)
	}
	var big uint64 = 0xF000000000000000
	fmt.Println(big>>60, big>>64, big<<4)
	var i int = 5
	var cnt int = 2
	fmt.Println(i<<cnt, i>>cnt, -i>>cnt, -i/4)
	var u16 uint16 = 0xABCD
	fmt.Println(u16<<8, u16>>8, u16<<16)
	var sh8 uint8 = 7
	fmt.Println(1<<sh8, int8(1)<<sh8)
	x := 1
	x <<= 10
	x >>= 3
	fmt.Println(x)
}
