package main

import "fmt"

type Big struct {
	A [4]int
	S string
}

func mutate(i interface{}) {
	if b, ok := i.(Big); ok {
		b.A[0] = -1 // a copy of the boxed value
		_ = b
	}
	if p, ok := i.(*Big); ok {
		p.A[0] = -2
	}
}

func main() {
	b := Big{[4]int{1, 2, 3, 4}, "s"}
	var i interface{} = b
	b.A[1] = 20
	fmt.Println(i.(Big).A, b.A)
	mutate(i)
	mutate(b)
	fmt.Println(i.(Big).A, b.A)
	mutate(&b)
	fmt.Println(b.A)
	arr := [2]string{"x", "y"}
	var ai interface{} = arr
	arr[0] = "changed"
	fmt.Println(ai, arr)
	n := 5
	var ni interface{} = n
	n++
	fmt.Println(ni, n)
	s := []int{1, 2}
	var si interface{} = s
	s[0] = 100 // slices share backing arrays even when boxed
	fmt.Println(si)
	vals := []interface{}{}
	for i := 0; i < 3; i++ {
		vals = append(vals, i)
	}
	fmt.Println(vals...)
	var e1, e2 interface{} = b, b
	fmt.Println(e1 == e2)
}
