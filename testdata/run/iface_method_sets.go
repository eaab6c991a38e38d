package main

import "fmt"

type Mover interface{ Move(d int) }
type Positioner interface{ Pos() int }

type Point struct{ x int }

func (p *Point) Move(d int) { p.x += d }
func (p Point) Pos() int     { return p.x }

type Holder struct{ *Point }
type ValueHolder struct{ Point }

func main() {
	pt := Point{1}
	var m Mover = &pt
	m.Move(5)
	fmt.Println(pt.x)
	var ps Positioner = pt
	pt.x = 100
	fmt.Println(ps.Pos())
	ps = &pt
	pt.x = 200
	fmt.Println(ps.Pos())
	h := Holder{&Point{10}}
	var hm Mover = h // Holder embeds *Point: Move is in the value method set
	hm.Move(1)
	fmt.Println(h.x, h.Pos())
	vh := &ValueHolder{Point{20}}
	var vm Mover = vh // only *ValueHolder has Move
	vm.Move(2)
	fmt.Println(vh.x)
	_, ok := interface{}(ValueHolder{}).(Mover)
	_, ok2 := interface{}(&ValueHolder{}).(Mover)
	_, ok3 := interface{}(Holder{}).(Mover)
	_, ok4 := interface{}(Point{}).(Mover)
	fmt.Println(ok, ok2, ok3, ok4)
	var both interface {
		Mover
		Positioner
	} = &pt
	both.Move(-200)
	fmt.Println(both.Pos())
}
