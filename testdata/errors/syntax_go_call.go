// The operand of go must be a function call.

package main

func main() {
	go main // ERROR "expression in go must be function call"
}
