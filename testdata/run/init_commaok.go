// Package-level variables initialised from comma-ok forms: type
// assertions (to a concrete type, to an interface, failing), map index
// (present and missing) and a channel receive.
package main

import "fmt"

type T struct{ x int }

func (t *T) String() string { return fmt.Sprint("T", t.x) }

var t = &T{42}
var i interface{} = t
var tt, ok = i.(*T)
var s, isStringer = i.(fmt.Stringer)
var n, isInt = i.(int)

var m = map[string][]int{"a": {1, 2}}
var a, hasA = m["a"]
var z, hasZ = m["z"]

var c = func() chan *T {
	ch := make(chan *T, 1)
	ch <- &T{7}
	return ch
}()
var r, recvOK = <-c

var _, okOnly = i.(error)

func main() {
	fmt.Println(tt.x, ok, s, isStringer, n, isInt)
	fmt.Println(a, hasA, z == nil, hasZ)
	fmt.Println(r.x, recvOK, okOnly)
}
