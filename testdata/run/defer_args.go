package main

import "fmt"

type T struct{ v int }

func (t T) show(label string)  { fmt.Println(label, t.v) }
func (t *T) showp(label string) { fmt.Println(label, t.v) }

func get(label string, v int) int {
	fmt.Println("evaluating", label)
	return v
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	defer fmt.Println("add", get("a", 1)+get("b", 2))
	t := T{10}
	defer t.show("value receiver")
	defer t.showp("pointer receiver")
	t.v = 20
	s := []int{1, 2, 3}
	defer fmt.Println("slice", s)
	s[0] = 100
	f := func(n int) { fmt.Println("f", n) }
	defer f(x)
	f = func(n int) { fmt.Println("g", n) }
	x = 3
	fmt.Println("end of main", x)
}
