// Assignment mismatches are reported at the first value, as gc does; a
// multi-valued call as the single value of a var declaration is gc's
// "multiple-value ... in single-value context".

package main

func f() (int, int) { return 1, 2 }

var p, q = 1 // ERROR "assignment mismatch: 2 variables but 1 value"

var r = f() // ERROR "multiple-value f\(\) \(value of type \(int, int\)\) in single-value context"

func main() {
	x, y := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var a, b int
	c := f() // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	var d, e = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var g int = f() // ERROR "multiple-value f\(\) \(value of type \(int, int\)\) in single-value context"
	a = f() // ERROR "assignment mismatch: 1 variable but f returns 2 values"
	goto L // ERROR "goto L jumps over declaration of h at .*:21:4"
	h := 1
	_, _, _, _, _, _, _, _, _, _ = x, y, a, b, c, d, e, g, p, h
L:
}
