package main

import "fmt"

type Matrix [2][2]int

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a, len(a))
	var m Matrix
	m[0][1] = 5
	n := m
	n[1][0] = 7
	fmt.Println(m, n)
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Printf("%q %d\n", arr, len(arr))
	type S struct{ vals [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.vals[0] = 9
	fmt.Println(s1, s2)
	for i, v := range a {
		a[2] = 1000
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(a)
	var zero [4]bool
	fmt.Println(zero)
	pa := &a
	fmt.Println(pa[1], len(pa))
	for i := range pa {
		pa[i] = i
	}
	fmt.Println(a)
}
