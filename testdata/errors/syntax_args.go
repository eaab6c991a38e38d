// A call whose argument list is not closed before the end of the line.

package main

func f(a, b int) {}

func main() {
	f(1, 2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
}
