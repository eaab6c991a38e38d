package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    []Point
	Center *Point
	Tags   map[string]int
	hidden float64
	Any    interface{}
	Err    error
}

type Celsius float64

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

type Pair [2]string

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	s := Shape{Name: "tri", Pts: []Point{{0, 0}, {1, 0}, {0, 1}}, Center: nil, Tags: map[string]int{"b": 2, "a": 1}, hidden: 1.5, Any: Weekday(1), Err: errors.New("bad")}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Println(Celsius(21.5), Weekday(2), []Weekday{0, 1}, map[Weekday]int{2: 1, 0: 3})
	fmt.Printf("%v %d %s %q %x\n", Weekday(1), Weekday(1), Weekday(1), Weekday(1), Weekday(1))
	fmt.Printf("%#v %#v\n", Celsius(1.5), Pair{"a", "b"})
	fmt.Println([3]int{1, 2, 3}, [][]string{{"a"}, {"b", "c"}}, []interface{}{1, "x", nil, 2.5, true})
	fmt.Println(map[string][]int{"z": {1}, "a": {2, 3}}, map[int]bool{3: true, 1: false, 2: true})
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 10: "c"}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[[2]int]int{{2, 2}: 1, {1, 3}: 2})
	var np *Point
	var ni interface{}
	var ns []int
	var nm map[string]int
	var ne error
	fmt.Println(np, ni, ns, nm, ne)
	fmt.Printf("%v %+v %#v %#v %#v %#v\n", np, ni, ns, nm, np, ni)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%v %s\n", struct {
		A int
		B string
	}{1, "b"}, struct{ E error }{errors.New("inner")})
	fmt.Printf("%x %X\n", []int{10, 255}, "hi")
	fmt.Println(&[]int{1}, &map[string]int{"a": 1}, &[2]bool{true})
	fmt.Println(complex(1, 2), complex(-1.5, 0), complex64(complex(0, -1)))
	fmt.Printf("%.2f %v\n", complex(1.234, 5.678), []complex128{1i})
	type inner struct{ V []byte }
	fmt.Printf("%v %+v\n", inner{[]byte("ab")}, inner{nil})
	fmt.Printf("%s %q\n", [3]byte{65, 66, 67}, [2]byte{'x', 'y'})
	fmt.Printf("%v\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 2}, []int{3}, []int{4})
	fmt.Printf("%6.2f\n", []float64{1, 2.5})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
}
