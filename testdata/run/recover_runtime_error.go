package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			_, isRT := err.(interface{ RuntimeError() })
			fmt.Printf("%s: %v (runtime error: %v)\n", name, err, isRT)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	arr := [3]int{}
	idx := 5
	try("index", func() { _ = s[3] })
	try("index2", func() { _ = arr[idx%8] })
	try("slice", func() { _ = []int{1, 2}[1:idx] })
	try("slice3", func() { x := make([]int, 2, 4); lo := 3; _ = x[lo:2] })
	try("string index", func() { str := "abc"; _ = str[idx] })
	try("string slice", func() { str := "abc"; _ = str[2:idx] })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { fmt.Println(p.x) })
	try("div zero", func() { fmt.Println(10 / zero) })
	try("mod zero", func() { fmt.Println(10 % zero) })
	try("type assert", func() { fmt.Println(i.(int)) })
	try("type assert iface", func() { fmt.Println(i.(fmt.Stringer)) })
	try("nil iface assert", func() { var e interface{}; fmt.Println(e.(string)) })
	try("custom", func() { panic(errors.New("custom error")) })
	try("make neg", func() { n := -1; _ = make([]int, n) })
	try("conversion", func() { _ = ([]int)(nil)[:1] })
	try("closed over", func() { var f func(); f() })
	fmt.Println("survived")
}
