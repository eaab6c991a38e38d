package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	x := 10
	p := &x
	*p = 20
	inc(p)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	s1, s2 := "left", "right"
	swap(&s1, &s2)
	fmt.Println(s1, s2)
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 99
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	sp := &sl[2]
	*sp = 30
	fmt.Println(sl)
	type T struct{ a, b int }
	t := T{1, 2}
	fp := &t.b
	*fp = 7
	fmt.Println(t)
	np := new(T)
	np.a = 3
	fmt.Println(*np, np.b)
	var nilp *T
	fmt.Println(nilp == nil)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
