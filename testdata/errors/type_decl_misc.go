// Miscellaneous declaration errors.

package main

import init "fmt" // ERROR "cannot import package as init - init must be a func"

var init = 1 // ERROR "cannot declare init - must be func"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

type S struct {
	a int
	a string // ERROR "a redeclared"
}

func main() {
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_ = c
}
