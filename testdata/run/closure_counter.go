package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		calls++
		v := f(x)
		cache[x] = v
		fmt.Println("computed", x, "calls", calls)
		return v
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2(), next())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	sq := memo(func(x int) int { return x * x })
	fmt.Println(sq(4), sq(4), sq(5))
	x := 1
	f := func() { x *= 3 }
	f()
	f()
	fmt.Println(x)
	func() {
		x := 100
		x++
		fmt.Println("inner", x)
	}()
	fmt.Println(x)
	res := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(res)
}
