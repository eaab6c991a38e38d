// Methods: receivers, pointer methods, method values and expressions.

package main

type T struct{ x int }

func (t T) Get() int { return t.x }
func (t *T) Set(v int) { t.x = v }
func (t T) Get() int { return 0 } // ERROR "T.Get redeclared in this block"

type P *T

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (i int) N() {} // ERROR "cannot define new methods on non-local type int"

type S struct{ F int }

func (S) F() {} // ERROR "field and method with the same name F"

func get() T { return T{} }

func main() {
	get().Set(1) // ERROR "cannot call pointer method Set on T"
	var t T
	t.Set(2)
	f := T.Set // ERROR "cannot call pointer method Set on T"
	g := (*T).Set
	h := t.Get
	_, _, _ = f, g, h
}
