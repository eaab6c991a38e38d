// else must be followed by an if statement or a block.

package main

func main() {
	x := 1
	if x == 1 {
	} else return // ERROR "syntax error: else must be followed by if or statement block"
}
