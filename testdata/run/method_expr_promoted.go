package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Inc(d int) { i.n += d }
func (i Inner) Get() int    { return i.n }

type Outer struct {
	*Inner
	name string
}

type Val struct {
	Inner
}

func main() {
	o := Outer{&Inner{1}, "o"}
	inc := (*Outer).Inc
	inc(&o, 5)
	get := Outer.Get
	fmt.Println(get(o), o.n)
	inc2 := Outer.Inc // Outer's value method set includes Inc via *Inner
	inc2(o, 10)
	fmt.Println(o.Get())
	v := Val{Inner{100}}
	vinc := (*Val).Inc
	vinc(&v, 1)
	vget := Val.Get
	fmt.Println(vget(v))
	ms := []func(*Val, int){(*Val).Inc, func(v *Val, d int) { v.n *= d }}
	for _, m := range ms {
		m(&v, 2)
	}
	fmt.Println(v.n)
	fmt.Printf("%T | %T | %T\n", inc, inc2, vget)
}
