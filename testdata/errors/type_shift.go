// Shifts.

package main

func main() {
	var s uint = 2
	var f float64
	x := 1
	_ = x << -1      // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = x << f       // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = f << 2       // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << 1.5     // ERROR "1.5 \(untyped float constant\) truncated to uint"
	var g float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	var h = 1.0 << s // ERROR "invalid operation: 1.0 << s \(shift of type float64\)"
	var k int = 1.0 << s
	_, _, _ = g, h, k
}
