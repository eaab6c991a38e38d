// Initialization cycles.

package main

var a = b + 1 // ERROR "initialization loop for a"
var b = f()

func f() int { return a }

var x = x // ERROR "initialization loop for x"

func main() {}
