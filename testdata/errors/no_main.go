package main // ERROR "function main is undeclared in the main package"

// A main package needs func main.
func Main() {}
