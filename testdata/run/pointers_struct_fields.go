package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var out []int
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	fmt.Println(root.Left.Right.Left.Val)
	p := &root.Left
	*p = nil
	out = nil
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	fmt.Println(root.Right.Left.Val, root.Right.Left.Left == nil, root.Right.Left.Right.Val)
	pt := &struct{ A, B int }{1, 2}
	fmt.Printf("%v %+v\n", pt, pt)
}
