// Wrong number or types of arguments and results.

package main

import "fmt"

func two(a, b int) int { return a + b }

func pair() (int, string) { return 1, "one" }

func none() {}

func main() {
	fmt.Println(two(1)) // ERROR "not enough arguments in call to two"
	fmt.Println(two(1, 2, 3)) // ERROR "too many arguments in call to two"
	fmt.Println(two(1, "x")) // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to two"
	x := pair() // ERROR "assignment mismatch: 1 variable but pair(\(\))? returns 2 values"
	var y int = none() // ERROR "none\(\) \(no value\) used as value|none\(\) used as value"
	a, b, c := pair() // ERROR "assignment mismatch: 3 variables but pair(\(\))? returns 2 values"
	fmt.Println(x, y, a, b, c)
}
