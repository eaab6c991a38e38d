// The blank label may appear any number of times and is never a target
// (issue52278.go); gosub emitted one C label per occurrence.
package main

import "fmt"

func main() {
_:
_:
	for i := 0; i < 2; i++ {
	_:
		fmt.Println("i", i)
	}
	f := func() {
	_:
		fmt.Println("closure")
	}
	f()
_:
}
