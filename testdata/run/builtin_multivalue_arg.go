// A builtin called with one multi-valued call as its arguments: the call's
// results are bound to the builtin's parameters in order (copy, delete,
// complex, append).
package main

import "fmt"

var calls int

func two(a []byte) ([]byte, string) {
	calls++
	return a, "xyz"
}

func pair(m map[string]int) (map[string]int, string) {
	calls++
	return m, "b"
}

func parts() (float64, float64) {
	calls++
	return 1.5, -2
}

func grow(s []int) ([]int, int) {
	calls++
	return s, len(s) * 10
}

func main() {
	b := []byte("abcdef")
	n := copy(two(b[1:]))
	fmt.Println(n, string(b))
	m := map[string]int{"a": 1, "b": 2}
	delete(pair(m))
	fmt.Println(len(m), m["a"])
	fmt.Println(complex(parts()))
	s := append(grow([]int{1, 2}))
	fmt.Println(s, calls)
}
