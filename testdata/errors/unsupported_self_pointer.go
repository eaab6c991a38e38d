package main

type Number *Number // ERROR "type Number is a pointer to itself: pointer types that point to themselves are not supported by gosub"

type A *B // ERROR "pointer to itself"
type B *A // ERROR "pointer to itself"

func main() {
	var n Number
	var a A
	_, _ = n, a
}
