package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0], s[len(s)-1], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[len(s):] == "")
	t := s[2:]
	fmt.Println(t, len(t), t[0])
	u := "日本語"
	fmt.Println(u[0], u[:3], u[3:6], len(u[1:]))
	fmt.Printf("%q %q\n", u[:1], u[1:4])
	for i := 0; i < len(s); i += 3 {
		fmt.Print(s[i:i+1], ".")
	}
	fmt.Println()
	var empty string
	fmt.Println(len(empty), empty == "", empty[0:0] == "")
	b := s[0:5][1:]
	_ = b
	fmt.Println(b)
}
