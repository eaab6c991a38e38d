// Invalid recursive types.

package main

type A struct { // ERROR "invalid recursive type A"
	a A
}

type B [2]C // ERROR "invalid recursive type"
type C struct{ b B }

type D E // ERROR "invalid recursive type"
type E D

type List struct {
	next *List
	vals []List
	m    map[string]List
	f    func(List) List
}

func main() {}
