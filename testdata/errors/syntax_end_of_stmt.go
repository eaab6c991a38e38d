// Two expressions with nothing between them.

package main

func main() {
	x, y := 1, 2
	x = y 3 // ERROR "syntax error: unexpected literal 3 at end of statement"
}
