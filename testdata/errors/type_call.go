// Call argument errors.

package main

func h(a int, b string) {}
func g() (int, int)     { return 1, 2 }
func v(xs ...int)       {}

func main() {
	h(1) // ERROR "not enough arguments in call to h"
	h(1, "a", 3) // ERROR "too many arguments in call to h"
	h(g()) // ERROR "cannot use g\(\) \(value of type int\) as type string in argument to h"
	h("a", "b") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to h"
	v(1, 2, "x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to v"
	var s []string
	v(s...) // ERROR "cannot use s \(variable of type \[\]string\) as type \[\]int in argument to v"
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
}
