// Per-iteration loop variables (Go 1.22 semantics): each iteration of a
// 3-clause for loop and of a range loop has its own copy of the variable.
// GOLDEN WRITTEN BY HAND: the reference toolchain (Go 1.19) still shares one
// variable across iterations and would print "3 3 3"; gosub implements Go 1.22.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++ // modifies this iteration's copy; the next iteration starts from it
		}
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
