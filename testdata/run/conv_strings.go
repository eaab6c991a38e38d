package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b), string(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)), string(rune(0xD800)))
	bad := "a\xffb\xc0"
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune(bad)))
	fmt.Println(string([]byte{}), len(string([]rune{})))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x1F600, 'x'}))
	type MyBytes []byte
	type MyString string
	mb := MyBytes("abc")
	ms := MyString(mb)
	fmt.Println(mb, ms, string(ms+"d"))
	var by byte = 'A'
	fmt.Println(string(rune(by)), string(by+1))
}
