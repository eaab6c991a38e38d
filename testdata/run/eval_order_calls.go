// Go evaluates the calls of an expression or assignment left to right;
// C leaves the order of a function's arguments, of a[i]'s operands and of
// an assignment's sides open, so gosub puts the earlier call in a
// temporary wherever two calls meet.
package main

import "fmt"

type T struct {
	n   int
	arr [4]int
}

type Pair struct{ a, b int }

var m = map[string]int{"k": 1}
var log []string

func note(s string)      { log = append(log, s) }
func M() map[string]int  { note("M"); return m }
func K() string          { note("K"); return "k" }
func S() string          { note("S"); return "abcdef" }
func I(n int) int        { note(fmt.Sprint("I", n)); return n }
func P() *T              { note("P"); return &T{} }
func IP() *int           { note("IP"); return new(int) }
func A() *[4]int         { note("A"); return &[4]int{1, 2, 3, 4} }
func V() T               { note("V"); return T{arr: [4]int{5, 6, 7, 8}} }
func SL() []int          { note("SL"); return []int{1, 2, 3, 4, 5} }
func two(a, b int) int   { return a*10 + b }
func show(what string) {
	fmt.Println(what+":", log)
	log = nil
}

func main() {
	_ = M()[K()]
	show("map index")
	_, _ = M()[K()]
	show("comma-ok")
	delete(M(), K())
	show("delete")
	m[K()] += I(1)
	show("op-assign")
	m[K()] <<= I(2)
	show("shift-assign")
	M()[K()] = I(3)
	show("map assign")
	_ = S()[I(1)]
	show("string index")
	switch S()[I(2)] {
	}
	show("switch tag")
	_ = S()[I(1):I(2)]
	show("string slice")
	_ = SL()[I(1):I(3)]
	show("slice slice")
	_ = SL()[I(2)]
	show("slice index")
	P().n = I(3)
	show("field assign")
	*IP() = I(4)
	show("deref assign")
	x := P().arr[I(1)]
	show("array via pointer")
	y := A()[I(2)]
	show("pointer to array")
	z := V().arr[I(3)]
	show("array value")
	A()[I(0)] = I(9)
	show("pointer to array assign")
	fmt.Println(x, y, z, m)
	fmt.Println(two(I(1), I(2)))
	show("arguments")
	pr := Pair{I(1), I(2)}
	ps := []int{I(3), I(4), I(5)}
	show("composite")
	fmt.Println(pr, ps, I(6)+I(7)*I(8))
	show("binary")
}
