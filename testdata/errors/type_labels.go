// Labels, break and continue.

package main

func main() {
L1: // ERROR "label L1 defined and not used"
	for {
		break
	}
L2:
	for i := 0; i < 2; i++ {
		continue L2
	}
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	for {
		break L3 // ERROR "break label not defined: L3"
	}
L4:
	{
		for {
			break L4 // ERROR "invalid break label L4"
		}
	}
L5:
	switch {
	case true:
		for {
			continue L5 // ERROR "invalid continue label L5"
		}
	}
	goto L6 // ERROR "label L6 not defined"
L7:
L7: // ERROR "label L7 already defined at"
	goto L7
}
