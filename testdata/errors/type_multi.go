// Multiple values in single-value contexts.

package main

func two() (int, int) { return 1, 2 }
func none()           {}

func main() {
	x := two()        // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	a, b, c := two()  // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	_ = two() + 1     // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	y := none()       // ERROR "none\(\) \(no value\) used as value"
	var p, q = 1      // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _, _, _ = x, a, b, c, y, p, q
}
