package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n < 0:
		fmt.Print("negative ")
		fallthrough
	case n == 0:
		fmt.Print("non-positive ")
	case n < 10:
		fmt.Print("small ")
		fallthrough
	case n < 100:
		fmt.Print("below-100 ")
		fallthrough
	default:
		fmt.Print("any ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		describe(n)
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two (via fallthrough)")
	case 3:
		fmt.Println("three")
	}
}
