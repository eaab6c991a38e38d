package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "other"
}

func calls(n int) int {
	fmt.Print("calls(", n, ") ")
	return n
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("ai 7z") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	}
	switch calls(2) {
	case calls(1), calls(2), calls(3):
		fmt.Println("matched")
	}
	switch {
	}
	switch s := "go"; s {
	default:
		fmt.Println("default first but chosen last")
	case "go":
		fmt.Println("go!")
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	switch f := 2.5; {
	case f > 2:
		fmt.Println("big float")
	}
}
