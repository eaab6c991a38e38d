package main

import "fmt"

func main() {
	var i64 int64 = -1
	fmt.Println(uint64(i64), uint32(i64), uint16(i64), uint8(i64))
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int32(big), int16(big), int8(big), uint32(big))
	var u8 uint8 = 0xF0
	fmt.Println(int8(u8), int16(int8(u8)), uint16(u8), int64(int8(u8)))
	var i32 int32 = -123456
	fmt.Println(int64(i32), uint64(i32), uint32(i32), int16(i32))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(int32(u32), int64(u32), int(u32))
	type Age int
	var a Age = 30
	fmt.Println(int(a)+1, Age(5)*a)
	var r rune = 'é'
	fmt.Println(byte(r), int(r), uint16(r))
	var f float64 = 3.99
	fmt.Println(int(f), uint(f), int(-f))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
}
