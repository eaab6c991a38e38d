// Undefined names, fields, methods and packages.

package main

import "fmt"

type T struct {
	a int
}

func (t T) M() int { return t.a }

func main() {
	var t T
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	fmt.Println(t.b) // ERROR "t\.b undefined \(type T has no field or method b\)"
	t.N() // ERROR "t\.N undefined \(type T has no field or method N\)"
	fmt.Printline("x") // ERROR "undefined: fmt\.Printline"
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var u UndefinedType // ERROR "undefined: UndefinedType"
	_ = u
	fmt.Println(t.M())
}
