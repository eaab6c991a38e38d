// Pointers: indirection and address-of.

package main

type T struct{ a int }

func f() int { return 1 }

func main() {
	x := 1
	_ = *x      // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = &f()    // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &T{}.a  // ERROR "invalid operation: cannot take address of T[{][}][.]a \(value of type int\)"
	_ = &1      // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = *nil    // ERROR "invalid operation: cannot indirect nil"
	p := &T{}
	_ = p.a
	_ = (*p).a
	_ = &p.a
	var m map[string]T
	m["k"].a = 1 // ERROR "cannot assign to struct field m\[.k.\].a in map"
	"abc"[0] = 1 // ERROR "cannot assign to .abc.\[0\] \(value of type byte\)"
}
