// Uses of untyped nil.

package main

func main() {
	var x = nil   // ERROR "use of untyped nil in variable declaration"
	y := nil      // ERROR "use of untyped nil in assignment"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var s string
	s = nil // ERROR "cannot use nil as string value in assignment"
	_, _, _, _ = x, y, i, s
	var p *int = nil
	_ = p
}
