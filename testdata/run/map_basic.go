package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	delete(nilmap, "x")
	for range nilmap {
		fmt.Println("never")
	}
	big := make(map[int]int)
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i*7)
	}
	sum := 0
	for k, v := range big {
		sum += k - v*7
	}
	fmt.Println(len(big), sum, big[7*9999], big[7*9998])
	m2 := m
	m2["alias"] = 1
	fmt.Println(len(m), m["alias"])
}
