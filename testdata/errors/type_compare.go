// Comparison errors.

package main

type T struct {
	a []int
}

func main() {
	var s []int
	var m map[int]int
	var f func()
	var t T
	var x int
	var p *int
	_ = s == s   // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	_ = m == m   // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = f == f   // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = t == t   // ERROR "invalid operation: t == t \(struct containing \[\]int cannot be compared\)"
	_ = x == nil // ERROR "invalid operation: x == nil \(mismatched types int and untyped nil\)"
	_ = p < p    // ERROR "invalid operation: p < p \(operator < not defined on pointer\)"
	_ = s == nil
	_ = x == 1.0
}
