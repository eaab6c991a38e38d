// Constants and iota.

package main

const (
	A = iota * 10
	B
	C = "s"
	D
)

const E int8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"

var v = 1

const F = v // ERROR "v \(variable of type int\) is not constant"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
	var s string = B // ERROR "cannot use B \(untyped int constant 10\) as string value in variable declaration"
	var n int = D    // ERROR "cannot use D \(untyped string constant .s.\) as int value in variable declaration"
	_, _ = s, n
	const G = len("abc") + A
	var arr [G]int
	_ = arr[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
}
