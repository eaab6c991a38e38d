package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry cranberry coconut date")
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := []int{}
	for l := range byLetter {
		letters = append(letters, int(l))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Println(string(rune(l)), byLetter[byte(l)], len(byLetter[byte(l)]))
	}
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph)
	counts := map[string]*int{}
	for _, w := range []string{"x", "y", "x"} {
		if counts[w] == nil {
			counts[w] = new(int)
		}
		*counts[w]++
	}
	fmt.Println(*counts["x"], *counts["y"])
	type rec struct{ n int }
	ms := map[string]*rec{"a": {1}}
	ms["a"].n = 5
	fmt.Println(ms["a"].n)
	mm := map[string]map[string]int{}
	for _, p := range [][2]string{{"u", "v"}, {"u", "w"}, {"x", "v"}} {
		if mm[p[0]] == nil {
			mm[p[0]] = map[string]int{}
		}
		mm[p[0]][p[1]]++
	}
	fmt.Println(mm)
}
