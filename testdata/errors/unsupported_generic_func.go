// Generic functions are outside gosub's subset (Go 1.18 generics).

package main

func Map[T any](xs []T, f func(T) T) []T { // ERROR "generic functions are not supported by gosub"
	return xs
}

func main() {}
