package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y"}
	fmt.Println(s1 == s2)
	p1 := [2]Point{{1, 2}, {3, 4}}
	p2 := [2]Point{{1, 2}, {3, 4}}
	p3 := [2]Point{{1, 2}, {3, 5}}
	fmt.Println(p1 == p2, p1 == p3)
	f1 := [2]float64{0, 1}
	f2 := [2]float64{-0.0, 1}
	fmt.Println(f1 == f2)
	var i1, i2 [2]interface{}
	i1[0], i2[0] = 1, 1
	i1[1], i2[1] = "a", "a"
	fmt.Println(i1 == i2)
	i2[1] = 1.0
	fmt.Println(i1 == i2)
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{1, 2}], m[[2]int{2, 1}], len(m))
	nested := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(nested == [2][2]int{{1, 2}, {3, 4}})
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
}
