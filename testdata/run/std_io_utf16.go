package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"
)

func main() {
	var a, b strings.Builder
	w := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(w, "to three writers")
	fmt.Println(a.String() == b.String(), a.Len())
	r := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	var tee strings.Builder
	lr := io.LimitReader(io.TeeReader(strings.NewReader("0123456789"), &tee), 4)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%q %q\n", data, tee.String())
	n, err := io.CopyN(os.Stdout, strings.NewReader("copyN text\n"), 5)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("ab"), 5)
	fmt.Println(n, err)

	runes := []rune("a€𝄞")
	enc := utf16.Encode(runes)
	fmt.Printf("%x\n", enc)
	fmt.Println(string(utf16.Decode(enc)), utf16.IsSurrogate(0xd834), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Printf("%x\n", utf16.Decode([]uint16{0xd800, 0x41, 0xdc00}))
}
