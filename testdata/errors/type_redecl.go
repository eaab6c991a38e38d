// Redeclarations and short variable declarations.

package main

var g int
var g string // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b int // ERROR "b redeclared in this block"
	c, c := 1, 2 // ERROR "c repeated on left side of :="
	x, y := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _ = a, b, c, x, y
}
