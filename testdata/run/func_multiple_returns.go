package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: bad number", s)
	}
	return n, nil
}

func three() (int, string, bool) { return 1, "two", true }

func pass(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	lo, hi := minmax([]int{3, -2, 9, 4})
	fmt.Println(lo, hi)
	for _, s := range []string{"12", "x"} {
		if n, err := parse(s); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", n)
		}
	}
	fmt.Println(pass(three()))
	a, b := swap("x", "y")
	a, b = b, a
	fmt.Println(a, b)
	_, s, _ := three()
	fmt.Println(s)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
}
