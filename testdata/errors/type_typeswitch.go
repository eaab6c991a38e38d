// Type switches.

package main

type I interface{ M() }

type A struct{}

func (A) M() {}

func main() {
	var i I
	var n int
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch i.(type) {
	case string: // ERROR "impossible type switch case: string.*i \(variable of type I\) cannot have dynamic type string \(missing M method\)"
	case A:
	case A: // ERROR "duplicate case A in type switch"
	}
	switch x := i.(type) { // ERROR "x declared but not used"
	case A:
	}
	switch y := i.(type) {
	case nil:
		_ = y
	case A, *A:
		var m I = y
		_ = m
	}
}
