package main

import "fmt"

type Point struct{ X, Y int }

type Rec struct {
	Name string
	P    Point
	F    float64
	I    interface{}
	Arr  [2]bool
	Ptr  *int
}

func main() {
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
	x := 5
	a := Rec{"a", Point{1, 1}, 1.5, "iface", [2]bool{true, false}, &x}
	b := a
	fmt.Println(a == b)
	b.I = 7
	fmt.Println(a == b)
	b = a
	y := 5
	b.Ptr = &y
	fmt.Println(a == b, *a.Ptr == *b.Ptr)
	b = a
	b.Arr[1] = true
	fmt.Println(a != b)
	var z1, z2 Rec
	fmt.Println(z1 == z2)
	type anon = struct {
		A int
		B string
	}
	fmt.Println(anon{1, "x"} == struct {
		A int
		B string
	}{1, "x"})
	pts := []Point{{0, 0}, {1, 1}, {0, 0}}
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			if pts[i] == pts[j] {
				fmt.Println("dup", i, j)
			}
		}
	}
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	var i1 interface{} = Point{3, 4}
	var i2 interface{} = Point{3, 4}
	fmt.Println(i1 == i2)
}
