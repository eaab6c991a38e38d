package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l == 0 {
		return
	}
	v.X /= l
	v.Y /= l
}
func (v Vec) String() string { return fmt.Sprintf("(%g, %g)", v.X, v.Y) }

type Rect struct {
	Min, Max Vec
}

func (r Rect) Area() float64 { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r *Rect) Grow(d float64) {
	r.Min = r.Min.Add(Vec{-d, -d})
	r.Max = r.Max.Add(Vec{d, d})
}

func main() {
	v := Vec{3, 4}
	w := v.Add(Vec{1, 1}).Scale(2)
	fmt.Println(v, w)
	v.Normalize()
	fmt.Println(v)
	r := Rect{Vec{0, 0}, Vec{2, 3}}
	fmt.Println(r.Area())
	r.Grow(1)
	fmt.Println(r.Area(), r)
	rs := []Rect{{Vec{0, 0}, Vec{1, 1}}, {Vec{0, 0}, Vec{2, 2}}}
	for i := range rs {
		rs[i].Grow(0.5)
	}
	for _, x := range rs {
		x.Grow(100)
	}
	fmt.Println(rs[0].Area(), rs[1].Area())
	pr := &rs[0]
	fmt.Println(pr.Area(), (*pr).Min)
	m := map[string]Vec{"a": {1, 2}}
	fmt.Println(m["a"].Scale(3))
}
