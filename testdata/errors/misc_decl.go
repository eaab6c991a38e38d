// Redeclarations and bad short variable declarations.

package main

import "fmt"

type T int

type T string // ERROR "T redeclared in this block"

func f() {}

func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b string // ERROR "b redeclared in this block"
	c, d := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var e, g int = 1, 2, 3 // ERROR "assignment mismatch|extra init expr"
	fmt.Println(a, b, c, d, e, g)
}
