package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	x := 1; y := 2
	fmt.Println(x, y)
	if x < y { fmt.Println("less") } else { fmt.Println("not less") }
	a, b := f()
	fmt.Println(a +
		b)
	s := []int{
		1,
		2,
	}
	fmt.Println(s, len(s))
	for i := 0; i < 2; i++ { fmt.Println(i) }
	/* block comment */ fmt.Println("after comment") // line comment
	z := x /* inline */ + y
	fmt.Println(z)
}
