// Composite literals.

package main

type T struct {
	a int
	b string
}

func main() {
	_ = T{1, "x", 3}        // ERROR "too many values in T{…}"
	_ = T{1}                // ERROR "too few values in T{…}"
	_ = T{c: 1}             // ERROR "unknown field 'c' in struct literal of type T"
	_ = T{a: 1, a: 2}       // ERROR "duplicate field name a in struct literal"
	_ = T{a: 1, "x"}        // ERROR "mixture of field:value and value elements in struct literal"
	_ = [2]int{1, 2, 3}     // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = []int{0: 1, 0: 2}   // ERROR "duplicate index 0 in array or slice literal"
	_ = T{a: "s"}           // ERROR "cannot use .s. \(untyped string constant\) as int value in struct literal"
	_ = []string{1}         // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
}
