package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Iface interface{}
	f     float64
	NilP  *Inner
	Bytes []byte
}

type Wrapper struct {
	*Inner
	Extra bool
}

func main() {
	o := Outer{
		Name:  "outer",
		In:    Inner{1, "in"},
		Ptr:   &Inner{2, "ptr"},
		List:  []Inner{{3, "x"}, {4, "y"}},
		M:     map[string]int{"b": 2, "a": 1},
		Iface: Inner{5, "iface"},
		f:     1.5,
		Bytes: []byte("hi"),
	}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%v %+v\n", o.Iface, o.Iface)
	fmt.Println(o.Name, o.In, o.List, o.M, o.f, o.NilP, o.Bytes)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, []string{"a"})
	fmt.Printf("%#v %#v %#v\n", map[string]bool{"k": true}, struct{ X, y int }{1, 2}, [2]bool{})
	fmt.Printf("%#v %#v\n", int8(3), uint(7))
	var ip *int
	fmt.Printf("%v %+v %#v\n", ip, o.NilP, []*int{nil})
	w := Wrapper{&Inner{6, "w"}, true}
	fmt.Printf("%+v\n", w.Inner)
	pp := &o.List
	fmt.Printf("%v\n", pp)
	ps := &[]int{1, 2}
	pm := &map[string]int{"z": 1}
	pa := &[2]string{"p", "q"}
	fmt.Println(ps, pm, pa)
	type Tree struct {
		L, R *Tree
		V    int
	}
	fmt.Printf("%+v\n", Tree{V: 1})
	var e error
	var s fmt.Stringer
	fmt.Printf("%v %v %+v %#v\n", e, s, e, e)
	fmt.Printf("%v\n", struct{}{})
	fmt.Printf("%v %+v\n", [2][]int{{1}, nil}, []interface{}{1, "a", nil, 2.5})
}
