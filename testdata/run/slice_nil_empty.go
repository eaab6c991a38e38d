package main

import "fmt"

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil)
	fmt.Println(len(n), cap(n), len(e), n, e)
	fmt.Printf("%v %v %#v %#v\n", n, e, n, e)
	for range n {
		fmt.Println("never")
	}
	n = append(n, 1)
	fmt.Println(n, n == nil)
	var ns []string
	fmt.Println(ns[:0] == nil, len(ns[0:]))
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	z := make([]float64, 3)
	fmt.Println(z)
	p := make([]*int, 2)
	fmt.Println(p[0] == nil, p[1] == nil)
	var i interface{} = n[:0]
	_, ok := i.([]int)
	fmt.Println(ok)
}
