package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	seen := 0
	for k := range m2 {
		delete(m2, "a")
		delete(m2, "b")
		delete(m2, "c")
		delete(m2, "d")
		_ = k
		seen++
	}
	fmt.Println(seen, len(m2))
	m3 := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	keys := []int{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m3[k], " ")
	}
	fmt.Println()
}
