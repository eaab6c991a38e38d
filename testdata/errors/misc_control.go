// Misplaced break/continue/fallthrough and label errors.

package main

import "fmt"

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	goto nowhere // ERROR "label nowhere not defined"
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	if true {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
