// Expression switches.

package main

func main() {
	x := 1
	var s []int
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to int"
	}
	switch s {
	case nil:
	case s: // ERROR "invalid case s in switch on s \(slice can only be compared to nil\)"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 1:
	}
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
