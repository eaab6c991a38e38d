package main

import "fmt"

var (
	a = c + b
	b = f("b", 2)
	c = f("c", 3)
	d = 4
)

var total = sum(a, b, c, d)

var x, y = pair()

var table = buildTable()

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(vals ...int) int {
	fmt.Println("init total")
	s := 0
	for _, v := range vals {
		s += v
	}
	return s
}

func pair() (int, string) {
	fmt.Println("init pair")
	return 7, "seven"
}

func buildTable() map[string]int {
	fmt.Println("init table, total =", total)
	return map[string]int{"x": x}
}

func init() {
	fmt.Println("init() #1", a, b, c, d, total)
}

func init() {
	fmt.Println("init() #2", x, y, table)
	d = 40
}

func main() {
	fmt.Println("main", a, d, total)
}
