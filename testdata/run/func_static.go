// Unexported functions become static C functions (gcc may inline or drop
// them): unused ones, recursive ones, ones used only as values, and a
// function whose name starts with a non-ASCII letter all still work.
package main

import "fmt"

func unused(x int) int { return x * 2 }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func twice(f func(int) int, x int) int { return f(f(x)) }

func inc(x int) int { return x + 1 }

func Ωmega() string { return "omega" }

func éclair() string { return "eclair" }

func _under() int { return 7 }

func main() {
	fmt.Println(fib(20), twice(inc, 5), Ωmega(), éclair(), _under())
	g := fib
	fmt.Println(g(10))
}
