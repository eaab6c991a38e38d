package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		msg := fmt.Sprint(r)
		if err, ok := r.(error); ok {
			msg = err.Error()
		}
		fmt.Printf("%-14s %s\n", name+":", msg)
	}()
	f()
}

type S struct{ f []int }

func main() {
	n := -1
	var x int64 = 1
	try("neg shift", func() { fmt.Println(x << n) })
	try("neg shift u", func() { var u uint8 = 1; fmt.Println(u >> n) })
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("uncomp struct", func() {
		var a, b interface{} = S{}, S{}
		fmt.Println(a == b)
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("unhashable fn", func() {
		m := map[interface{}]int{}
		m[func() {}] = 1
	})
	try("nil map nested", func() {
		var m map[string]map[string]int
		m["a"]["b"] = 1
	})
	try("nil array ptr", func() {
		var p *[4]int
		p[2] = 1
	})
	try("makemap size", func() {
		_ = make(map[int]int, n)
		fmt.Println("negative map hint is fine at run time")
	})
	try("makeslice cap", func() {
		_ = make([]int, 2, -n)
	})
	try("repeat", func() {
		_ = strings.Repeat("x", n)
	})
	try("interface nil", func() {
		var s fmt.Stringer
		_ = s.String()
	})
	try("array idx", func() {
		var a [3]int
		i := 3
		a[i%4] = 1
	})
	try("string conv", func() {
		var i interface{} = 5
		_ = i.(string) + "x"
	})
	try("3-index", func() {
		s := make([]int, 5, 10)
		i, j, k := 1, 4, 11
		_ = s[i:j:k]
	})
}
