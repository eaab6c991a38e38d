// Unused local variables and imports are errors in Go.

package main

import (
	"fmt"
	"os" // ERROR "imported (and|but) not used: \"os\"|\"os\" imported (and|but) not used"
	"strings" // ERROR "imported (and|but) not used: \"strings\"|\"strings\" imported (and|but) not used"
)

func f() {
	x := 1 // ERROR "x declared (but|and) not used"
	var y string // ERROR "y declared (but|and) not used"
	z := 2 // ERROR "z declared (but|and) not used"
	z = 3 // assigned but never read: still unused (reported at the declaration)
}

func g() {
	for i, v := range []int{1} { // ERROR "v declared (but|and) not used"
		fmt.Println(i)
	}
	_ = 5
	var used int
	fmt.Println(used)
}

func main() {
	f()
	g()
}
