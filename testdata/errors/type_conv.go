// Conversions.

package main

type T struct{ a int }
type U struct{ b int }

func main() {
	var t T
	var p *int
	var s string
	_ = U(t)         // ERROR "cannot convert t \(variable of type T\) to type U"
	_ = int("a")     // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	_ = string(1.5)  // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = float64(p)   // ERROR "cannot convert p \(variable of type \*int\) to type float64"
	_ = []int(s)     // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = uint8(300)   // ERROR "cannot convert 300 \(untyped int constant\) to type uint8"
	_ = bool(1)      // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = int(t)       // ERROR "cannot convert t \(variable of type T\) to type int"
	_ = []byte(s)
	_ = []rune(s)
	_ = string(rune(65))
	_ = float32(1) + float32(2.5)
}
