// Deferring a nil func value is not an error until the deferred call runs:
// the statements after the defer run, then the call panics with a nil
// dereference, which an earlier defer can recover.  The last call is not
// recovered: the program dies with the runtime error and exit status 2.
package main

import "fmt"

var x = 0

type op func(int) int

func f() {
	var nilf func()
	defer nilf()
	x = 1
	fmt.Println("after defer, x =", x)
}

func g() (r int) {
	defer func() {
		fmt.Println("recovered:", recover(), "r =", r)
	}()
	var h op
	defer h(5)
	r = 7
	return r * 2
}

func main() {
	func() {
		defer func() {
			err := recover()
			fmt.Println("recovered:", err, "x =", x)
		}()
		f()
	}()
	fmt.Println("g returned", g())
	var last func()
	defer fmt.Println("deferred print runs before the panic is reported")
	defer last()
	fmt.Println("end of main")
}
