package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(float64, float64) float64

func apply(op Op, a, b float64) float64 { return op(a, b) }

func makeOps() map[string]Op {
	return map[string]Op{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
}

func pipeline(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	ops := makeOps()
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, apply(ops[k], 7, 2))
	}
	var nilf func()
	fmt.Println(nilf == nil, ops["%"] == nil)
	p := pipeline(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(p("  hello  "))
	handlers := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * x },
	}
	v := 3
	for _, h := range handlers {
		v = h(v)
	}
	fmt.Println(v)
	var table [3]func() string
	for i := range table {
		n := i
		table[i] = func() string { return strings.Repeat("*", n) }
	}
	for _, f := range table {
		fmt.Printf("%q ", f())
	}
	fmt.Println()
	fmt.Printf("%T %T\n", apply, handlers)
	sum := func(xs ...int) (t int) {
		for _, x := range xs {
			t += x
		}
		return
	}
	fmt.Println(sum(1, 2, 3))
}
