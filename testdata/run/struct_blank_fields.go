package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]bool
}

type Version struct {
	Major, Minor int
	_            struct{}
}

func main() {
	p1 := Padded{A: 1, B: "x"}
	p2 := Padded{A: 1, B: "x"}
	fmt.Println(p1 == p2)
	fmt.Printf("%v %+v\n", p1, p1)
	v := Version{Major: 1, Minor: 2}
	fmt.Println(v, v == Version{Major: 1, Minor: 2})
	m := map[Padded]int{p1: 5}
	fmt.Println(m[p2])
	type pair struct {
		_ string
		x int
	}
	fmt.Println(pair{x: 1} == pair{x: 1})
}
