package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	Pt   Point
	Tag  [2]byte
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println(visits[Point{0, 0}], visits[Point{5, 5}])
	km := map[Key]string{}
	km[Key{"a", Point{1, 2}, [2]byte{'x', 'y'}}] = "first"
	km[Key{"a", Point{1, 2}, [2]byte{'x', 'z'}}] = "second"
	km[Key{"a", Point{1, 2}, [2]byte{'x', 'y'}}] = "third"
	fmt.Println(len(km), km[Key{"a", Point{1, 2}, [2]byte{'x', 'y'}}])
	type pair struct {
		a string
		b int
	}
	pm := map[pair]bool{{"x", 1}: true, {"y", 2}: false}
	fmt.Println(pm[pair{"x", 1}], pm[pair{"y", 2}], pm[pair{"z", 3}], len(pm))
	fm := map[float64]string{1.5: "a", 2.5: "b"}
	fm[0.0] = "zero"
	fm[-0.0] = "negzero"
	fmt.Println(len(fm), fm[0])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	am := map[[3]int]int{}
	am[[3]int{1, 2, 3}] = 6
	fmt.Println(am)
}
