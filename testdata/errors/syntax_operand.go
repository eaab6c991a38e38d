// A binary operator with its right operand missing.

package main

func main() {
	x := 1
	x = x +
} // ERROR "syntax error: unexpected }, expecting expression"
