// Type assertions.

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I
	var x int
	_ = x.(int)   // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = i.(T)     // ERROR "impossible type assertion: i.\(T\).*T does not implement I \(M method has pointer receiver\)"
	_ = i.(U)     // ERROR "impossible type assertion: i.\(U\).*U does not implement I \(missing M method\)"
	_ = i.(*T)
	_, ok := i.(*T)
	_ = ok
	var e interface{} = 1
	n := e.(int) + 1
	_ = n
}
