// Division by zero and constant expressions.

package main

const zero = 0

func main() {
	x := 10
	_ = x / 0      // ERROR "invalid operation: division by zero"
	_ = x % zero   // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0.0  // ERROR "invalid operation: division by zero"
	const k = 3 / zero // ERROR "invalid operation: division by zero"
	var f float64
	_ = f / 0 // ok: float division is not checked for typed values
}
