package main

import "fmt"

func modify(s []int) {
	s[0] = 100
}

func grow(s []int) []int {
	s = append(s, 4)
	s[0] = 200
	return s
}

func main() {
	a := []int{1, 2, 3}
	modify(a)
	fmt.Println(a)
	b := grow(a)
	fmt.Println(a, b)
	c := make([]int, 3, 10)
	d := grow(c)
	fmt.Println(c, d, len(c), len(d))
	x := []int{1, 2, 3, 4}
	y := x[1:3]
	y[0] = 20
	y = append(y, 30)
	fmt.Println(x, y)
	y = append(y, 40, 50)
	y[0] = -1
	fmt.Println(x, y)
	s1 := make([]int, 0, 4)
	s2 := append(s1, 1)
	s3 := append(s1, 2)
	fmt.Println(s2, s3)
	arr := [3]int{7, 8, 9}
	sl := arr[:]
	sl[2] = 0
	fmt.Println(arr)
	for i, v := range x {
		if i == 0 {
			x[1] = 999
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	xs := []int{1, 2, 3}
	for i := range xs {
		xs = append(xs, i)
	}
	fmt.Println(xs)
}
