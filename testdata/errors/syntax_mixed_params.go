// Parameters must be all named or all unnamed.

package main

func f(a int, string) { // ERROR "syntax error: mixed named and unnamed parameters"
}

func main() {}
