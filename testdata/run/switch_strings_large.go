package main

import "fmt"

func keyword(s string) int {
	switch s {
	case "break":
		return 1
	case "case":
		return 2
	case "chan":
		return 3
	case "const":
		return 4
	case "continue":
		return 5
	case "default":
		return 6
	case "defer":
		return 7
	case "else":
		return 8
	case "fallthrough":
		return 9
	case "for":
		return 10
	case "func":
		return 11
	case "go":
		return 12
	case "goto":
		return 13
	case "if":
		return 14
	case "import":
		return 15
	case "interface":
		return 16
	case "map":
		return 17
	case "package":
		return 18
	case "range":
		return 19
	case "return":
		return 20
	case "select":
		return 21
	case "struct":
		return 22
	case "switch":
		return 23
	case "type":
		return 24
	case "var":
		return 25
	}
	return 0
}

func class(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0 && n < 10:
		return "small even"
	case n < 10:
		return "small odd"
	}
	return "big"
}

func main() {
	words := []string{"break", "var", "func", "Func", "", "goto", "go", "gopher", "select", "fallthrough", "range", "rang", "ranges"}
	for _, w := range words {
		fmt.Printf("%q=%d ", w, keyword(w))
	}
	fmt.Println()
	for _, n := range []int{-1, 0, 4, 7, 12} {
		fmt.Print(class(n), "; ")
	}
	fmt.Println()
	var x uint8 = 200
	switch x {
	case 0, 1, 2:
		fmt.Println("tiny")
	case 200:
		fmt.Println("two hundred")
	}
	switch r := 'é'; r {
	case 'e', 'é', 'è':
		fmt.Println("an e")
	}
}
