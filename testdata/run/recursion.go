package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n >= 9 {
		fmt.Println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permutations(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[n%16] - n
}

func main() {
	fmt.Println(fact(20), fact(21))
	fmt.Println(fib(25))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves)
	var perms []string
	permutations([]rune("abc"), 0, &perms)
	fmt.Println(perms)
	fmt.Println(depth(100000))
}
