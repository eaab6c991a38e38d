// Binary operator type errors.

package main

type MyInt int

func main() {
	var i int
	var s string
	var m MyInt
	var b bool
	var f float64
	_ = i + s      // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i + m      // ERROR "invalid operation: i \+ m \(mismatched types int and MyInt\)"
	_ = i + "a"    // ERROR "invalid operation: i \+ .a. \(mismatched types int and untyped string\)"
	_ = b + b      // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = -b         // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)"
	_ = f % 2      // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = !i         // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = s && b     // ERROR "invalid operation: s && b \(mismatched types string and bool\)"
	_ = i &^ 1.5   // ERROR "1.5 \(untyped float constant\) truncated to int"
}
