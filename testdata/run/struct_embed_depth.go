package main

import "fmt"

type A struct{ X, Y int }

func (A) Who() string   { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X, Z int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	Y string // shallower than A.Y: wins
}

func (C) Who() string { return "C" } // resolves the A/B ambiguity

type D struct {
	C
	W int
}

type E struct {
	*D
}

func main() {
	c := C{A: A{1, 2}, B: B{3, 4}, Y: "cy"}
	fmt.Println(c.A.X, c.B.X, c.Y, c.A.Y, c.Z, c.Who(), c.OnlyA(), c.A.Who(), c.B.Who())
	d := D{C: c, W: 9}
	fmt.Println(d.Y, d.Z, d.Who(), d.OnlyA(), d.C.A.X)
	e := E{&d}
	e.Z = 40
	e.C.A.X = 10
	fmt.Println(d.Z, d.A.X, e.Who(), e.W)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v\n", d)
}
