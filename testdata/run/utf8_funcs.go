package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a€𝄞\xff"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%q %d %v\n", r, size, utf8.ValidRune(r))
		s = s[size:]
	}
	b := []byte("héllo")
	r, size := utf8.DecodeLastRune(b)
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', 0x1F600, -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, n, buf[:n], utf8.RuneLen(r))
	}
	fmt.Println(utf8.RuneCount([]byte("日本語")), utf8.Valid([]byte{0xe6, 0x97}), utf8.FullRune([]byte{0xe6, 0x97}))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.UTFMax, utf8.RuneError, utf8.MaxRune)
	out := utf8.AppendRune(nil, '世')
	fmt.Println(out)
}
