// A parameter list with a missing comma.

package main

func f(a int b int) { // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \)"
}

func main() {}
