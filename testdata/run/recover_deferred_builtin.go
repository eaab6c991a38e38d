// `defer recover()`: the deferred recover runs at the deferring function's
// return, as if that function called it.  So it stops the panic that is
// running that function as a deferred call, also after a nested panic was
// recovered; when a panic runs it directly, nothing called it from a
// deferred function and it recovers nothing.
package main

import "fmt"

func report(name string) {
	fmt.Println(name, "sees", recover())
}

func atReturn() {
	defer report("atReturn's first defer")
	defer func() {
		defer recover() // runs when this literal returns: stops "A"
		fmt.Println("literal runs for the panic")
	}()
	panic("A")
}

func afterNested() {
	defer report("afterNested's first defer")
	defer func() {
		defer recover() // runs after "C" is recovered, as the literal returns: stops "B"
		defer report("inner report")
		panic("C")
	}()
	panic("B")
}

func runByPanic() {
	defer report("runByPanic's first defer") // gets "D": nobody else stopped it
	defer func() {
		defer report("inner report") // gets "E"
		defer recover()              // run by panic "E" itself: no effect
		panic("E")
	}()
	panic("D")
}

func plain() {
	defer recover() // no panic at all
	fmt.Println("plain returns")
}

func outside() (err any) {
	defer func() { err = recover() }()
	func() {
		defer recover() // not deferred by the literal the panic runs: no effect
		panic("F")
	}()
	return nil
}

func main() {
	atReturn()
	afterNested()
	runByPanic()
	plain()
	fmt.Println("outside got", outside())
	fmt.Println("done")
}
