// Unused variables and imports.

package main

import "os" // ERROR "imported and not used: .os."

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	z := 2 // ERROR "z declared but not used"
	z = 3 // assignment is not a use
	w := 0
	w++
	for i := 0; i < 3; i++ {
		k := i // ERROR "k declared but not used"
	}
	f := func() {
		q := 1 // ERROR "q declared but not used"
	}
	f()
}
