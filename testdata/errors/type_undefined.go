// Undefined names, fields and methods.

package main

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	_ = undefinedvar // ERROR "undefined: undefinedvar"
	t.foo()          // ERROR "t.foo undefined \(type T has no field or method foo\)"
	_ = t.b          // ERROR "t.b undefined \(type T has no field or method b\)"
	_ = t.m          // ERROR "t.m undefined \(type T has no field or method m, but does have M\)"
	var p *T
	_ = p.a
	_ = T.N // ERROR "T.N undefined \(type T has no field or method N\)"
	undefinedfunc() // ERROR "undefined: undefinedfunc"
	var u Undef // ERROR "undefined: Undef"
	_ = u
}
