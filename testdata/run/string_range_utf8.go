package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世🎉"
	for i, r := range s {
		fmt.Println(i, r, string(r), utf8.RuneLen(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x8e"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	fmt.Println(utf8.RuneCountInString(s), utf8.RuneCountInString(bad), utf8.ValidString(bad))
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
	surrogate := "\xed\xa0\x80"
	for i, r := range surrogate {
		fmt.Println(i, r == utf8.RuneError)
	}
	overlong := "\xc0\xaf"
	for i, r := range overlong {
		fmt.Println(i, r)
	}
}
