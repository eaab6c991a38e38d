package main

import "fmt"

func countdown() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("arg", n, " ") }(i)
	}
}

func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(v int) { total += v }(i)
	}
	return 0
}

func deep(n int) {
	if n == 0 {
		return
	}
	defer fmt.Print("d", n, " ")
	deep(n - 1)
}

func main() {
	countdown()
	fmt.Println()
	closures()
	fmt.Println()
	fmt.Println(sum(100))
	deep(5)
	fmt.Println()
	many := 0
	func() {
		for i := 0; i < 10000; i++ {
			defer func() { many++ }()
		}
	}()
	fmt.Println(many)
}
