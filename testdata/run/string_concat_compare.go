package main

import "fmt"

func main() {
	a := "abc"
	b := "abd"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "abc", "" < "a", "a" < "aa", "Z" < "a")
	fmt.Println("é" > "z", "\xff" > "\u00ff")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	t += "!"
	fmt.Println(s, t)
	x := a + "-" + b + "-" + s
	fmt.Println(x)
	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	fmt.Println(joined)
	words := []string{"pear", "apple", "fig", "apple pie", "Apple"}
	min := words[0]
	for _, w := range words {
		if w < min {
			min = w
		}
	}
	fmt.Println(min)
	fmt.Println(a+b == "abcabd", a+b[2:] == "abcd")
}
