// Instantiating a generic type or function is reported, not crashed on.

package main

type Pair[K comparable, V any] struct { // ERROR "generic types are not supported by gosub"
	k K
	v V
}

func main() {
	var p Pair[string, int] // ERROR "generic type instantiation is not supported by gosub"
	_ = p
}
