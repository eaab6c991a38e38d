package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(prefix string, n int)
	out := []string{}
	walk = func(prefix string, n int) {
		if n == 0 {
			out = append(out, prefix)
			return
		}
		walk(prefix+"0", n-1)
		walk(prefix+"1", n-1)
	}
	walk("", 3)
	fmt.Println(out)
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	makeMul := func(m int) func(int) int {
		return func(x int) int { return x * m }
	}
	fns := map[string]func(int) int{"double": makeMul(2), "triple": makeMul(3)}
	fmt.Println(fns["double"](7), fns["triple"](7))
	level3 := func() func() func() int {
		a := 1
		return func() func() int {
			b := 2
			return func() int {
				a++
				b++
				return a*10 + b
			}
		}
	}
	g := level3()()
	fmt.Println(g(), g())
}
