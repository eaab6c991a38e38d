// A syntax error: gc reports it and stops before type checking.

package main

import "fmt"

func main() {
	x := 1
	if x == 1 { fmt.Println("one") } else fmt.Println("other") // ERROR "syntax error: else must be followed by if or statement block|syntax error"
}
