// Comparisons of addresses with nil, which C compilers warn are always
// true (-Waddress): gosub compares pointers as integers.
package main

import "unsafe"

type T struct{ a, i int }

var g T

func f() {}

func main() {
	var fv = f
	println(fv != nil, &g.i != nil, unsafe.Pointer(&g.i) != nil, &g == nil)
	m := map[int]int{}
	c := make(chan int)
	println(m != nil, c != nil)
	var p *T
	println(p == nil, &g.a == &g.i, &g.a == &(&g).a)
}
