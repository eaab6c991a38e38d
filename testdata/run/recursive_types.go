package main

import (
	"fmt"
	"sort"
	"strings"
)

type List []List

type Tree map[string]Tree

type Fn func(int) Fn

type Expr struct {
	Op   string
	Args []*Expr
	Val  int
}

func depth(l List) int {
	d := 0
	for _, x := range l {
		if n := depth(x); n > d {
			d = n
		}
	}
	return d + 1
}

func (t Tree) String() string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := []string{}
	for _, k := range keys {
		if len(t[k]) == 0 {
			parts = append(parts, k)
		} else {
			parts = append(parts, k+t[k].String())
		}
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func counter(total *int) Fn {
	var f Fn
	f = func(n int) Fn {
		*total += n
		return f
	}
	return f
}

func (e *Expr) Eval() int {
	switch e.Op {
	case "+":
		s := 0
		for _, a := range e.Args {
			s += a.Eval()
		}
		return s
	case "*":
		p := 1
		for _, a := range e.Args {
			p *= a.Eval()
		}
		return p
	}
	return e.Val
}

func main() {
	l := List{List{}, List{List{List{}}}, nil}
	fmt.Println(depth(l), len(l))
	t := Tree{"a": {"b": {}, "c": {"d": nil}}, "e": nil}
	fmt.Println(t)
	total := 0
	counter(&total)(1)(2)(3)(4)
	fmt.Println(total)
	e := &Expr{Op: "+", Args: []*Expr{{Val: 2}, {Op: "*", Args: []*Expr{{Val: 3}, {Val: 4}}}, {Val: 5}}}
	fmt.Println(e.Eval())
}
