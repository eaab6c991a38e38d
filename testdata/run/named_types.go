package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type StringList []string

func (s StringList) Join() string { return strings.Join(s, "+") }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Handler func(string) string

func (h Handler) Handle(s string) string { return "[" + h(s) + "]" }

type ID = int

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	fmt.Println(CToF(100), CToF(-40))
	var f Fahrenheit = 212
	c := Celsius((f - 32) * 5 / 9)
	fmt.Printf("%.1f %T\n", c, c)
	l := StringList{"a", "b"}
	l = append(l, "c")
	fmt.Println(l.Join(), len(l))
	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	h := Handler(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	var id ID = 5
	var n int = id
	fmt.Printf("%T %v\n", id, n)
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r)
	type Local struct{ v int }
	fmt.Printf("%T %+v\n", Local{1}, Local{2})
	var plain []string = l
	fmt.Println(plain)
}
