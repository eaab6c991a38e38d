package main

import "fmt"

type D int

func (D) h()  { fmt.Println("h") }
func (*D) i() { fmt.Println("i") }

type B struct {
	*D
	n int
}

type T struct{}

func (T) _() {}
func (T) _() {}
func _()     {}
func _()     {}

func pair() (int, string) { return 1, "a" }

// methods named like the emitter's equality and hash helpers
type rat struct{ num, den int }

func (r rat) eq(o rat) bool  { return r.num*o.den == o.num*r.den }
func (r rat) hash() int      { return r.num ^ r.den }

func main() {
	d := D(3)
	b := B{&d, 1}
	b.h()
	b.i()
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
	var x interface{} = 5
	switch {
	case x == 5:
		fmt.Println("five")
	}
	_, _ = pair()
	fmt.Println(b.n, *b.D)
	m := map[rat]int{{1, 2}: 1}
	m[rat{1, 2}]++
	fmt.Println(m[rat{1, 2}], rat{1, 2}.eq(rat{2, 4}), rat{1, 2} == rat{2, 4}, rat{3, 1}.hash())
}
