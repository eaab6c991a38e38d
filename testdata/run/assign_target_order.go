// Assignment targets' operands are evaluated before any assignment happens:
// in range clauses, tuple assignments from calls and comma-ok forms.
package main

import "fmt"

func fp() (*int, int) { return nil, 42 }

func two() (int, int) { return 7, 8 }

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[string]int{"a": 5}
	k := "z"
	for k, m[k] = range map[string]int{"b": 3} {
	}
	fmt.Println(k, m)

	s := "héllo"
	idx := 0
	runes := make([]rune, 8)
	for idx, runes[idx] = range s {
	}
	fmt.Println(idx, string(runes[:2]))

	p := new(int)
	q := p
	p, *p = fp()
	fmt.Println(p == nil, *q)

	a := []int{0, 0, 0}
	j := 0
	j, a[j] = two()
	fmt.Println(j, a)

	var e interface{} = 3
	b := new(bool)
	c := b
	n := 0
	n, *b = e.(int)
	fmt.Println(n, *c)
}
