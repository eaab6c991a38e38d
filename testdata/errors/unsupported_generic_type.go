// Generic types are outside gosub's subset.

package main

type Stack[T any] struct { // ERROR "generic types are not supported by gosub"
	items []T
}

type Number interface {
	~int | ~float64 // ERROR "type constraints are not supported by gosub"
}

func main() {}
