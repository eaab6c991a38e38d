package main

import "fmt"

func main() {
	fmt.Println(0, 1, 42, 1_000_000)
	fmt.Println(0x0, 0xff, 0XFF, 0xdead_beef)
	fmt.Println(0o17, 0O17, 017, 0_17)
	fmt.Println(0b1010, 0B1111_0000)
	fmt.Println(9223372036854775807, -9223372036854775808)
	var u uint64 = 0xffff_ffff_ffff_ffff
	fmt.Println(u)
	fmt.Println('a', '\n', '\x41', '\101', '\u00e9', '\U0001F600', '\'', '\\')
	fmt.Println(len("\xff\xfe"), len("é"), len(`\n`))
}
