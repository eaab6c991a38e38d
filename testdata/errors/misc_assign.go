// Assignments to things that cannot be assigned to.

package main

type P struct{ x int }

const K = 3

func f() int { return 1 }

func main() {
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.x in map"
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\]"
	K = 4 // ERROR "cannot assign to K"
	f() = 2 // ERROR "cannot assign to f\(\)"
	len := 1
	len = 2
	_ = len
	var a [3]int
	a[5] = 1 // ERROR "invalid argument: index 5 out of bounds \[0:3\]|out of bounds"
	"x" = s // ERROR "cannot assign to \"x\""
}
