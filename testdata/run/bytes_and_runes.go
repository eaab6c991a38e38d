package main

import "fmt"

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'é':
		return true
	}
	return false
}

func main() {
	msg := []byte("Hello, World!")
	for i := range msg {
		msg[i] = rot13(msg[i])
	}
	fmt.Println(string(msg))
	for i := range msg {
		msg[i] = rot13(msg[i])
	}
	fmt.Println(string(msg))
	var b byte = 250
	b += 10
	fmt.Println(b, 'a'-'A', rune('z')-'a')
	vowels := 0
	for _, r := range "café au lait" {
		if isVowel(r) {
			vowels++
		}
	}
	fmt.Println(vowels)
	r := 'A'
	r += 2
	fmt.Println(r, string(r), fmt.Sprintf("%c%c", r, r+1))
	hex := "0123456789abcdef"
	var out []byte
	for _, c := range []byte{0xde, 0xad, 0xbe, 0xef} {
		out = append(out, hex[c>>4], hex[c&15])
	}
	fmt.Println(string(out))
	var digits [10]int
	for _, c := range "3.14159265358979" {
		if c >= '0' && c <= '9' {
			digits[c-'0']++
		}
	}
	fmt.Println(digits)
}
