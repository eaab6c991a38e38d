package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x110000} {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		fmt.Println(r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	inputs := []string{"héllo, 世界", "\xff\xfe", "a\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "", "😀x"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: first %q/%d last %q/%d count %d valid %v full %v\n", s, r, size, lr, lsize,
			utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
		b := []byte(s)
		r2, s2 := utf8.DecodeRune(b)
		r3, s3 := utf8.DecodeLastRune(b)
		fmt.Println(r2, s2, r3, s3, utf8.RuneCount(b), utf8.Valid(b), utf8.FullRune(b))
	}
	var out []byte
	for _, r := range "añ世😀" {
		out = utf8.AppendRune(out, r)
	}
	out = utf8.AppendRune(out, 0x110000)
	fmt.Printf("%x %d\n", out, len(out))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0x41}))
}
