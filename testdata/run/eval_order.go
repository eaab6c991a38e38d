package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func ts(name string) []int {
	trace = append(trace, name)
	return []int{0, 0, 0}
}

func flush() {
	fmt.Println(trace)
	trace = nil
}

func pair() (int, int) { trace = append(trace, "pair"); return 1, 2 }

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush()
	fmt.Println(t("x", 1), t("y", 2), t("z", 3))
	flush()
	s := ts("slice")
	s[t("index", 1)] = t("value", 5)
	flush()
	m := map[int]int{}
	m[t("key", 1)] = t("val", 2)
	flush()
	f := func(a, b, c int) int { return a + b + c }
	_ = f(t("p1", 1), t("p2", 2), t("p3", 3))
	flush()
	arr := []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	_ = arr
	flush()
	i := 0
	xs := []int{10, 20, 30}
	i, xs[i] = 1, 99
	fmt.Println(i, xs)
	a, b := pair()
	a, b = b, a
	fmt.Println(a, b)
	flush()
	ok := t("l", 0) == 1 && t("r", 1) == 1
	ok = ok || t("or", 1) == 1
	fmt.Println(ok)
	flush()
	st := struct{ A, B int }{B: t("B", 2), A: t("A", 1)}
	fmt.Println(st)
	flush()
	x := 1
	x += t("rhs", 2)
	fmt.Println(x)
	flush()
}
