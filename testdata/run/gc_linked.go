// Large linked structures, maps of pointers, slices of slices, strings built
// in loops: every value must survive collections triggered by the
// allocations around it.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type node struct {
	val  int
	name string
	next *node
	kids []*node
}

func buildList(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, name: "n" + strconv.Itoa(i), next: head}
	}
	return head
}

func buildTree(d int) *node {
	if d == 0 {
		return &node{val: 1, name: fmt.Sprint("leaf", d)}
	}
	return &node{val: d, kids: []*node{buildTree(d - 1), buildTree(d - 1)}, name: strings.Repeat("x", d)}
}

func sumTree(t *node) int {
	s := t.val + len(t.name)
	for _, k := range t.kids {
		s += sumTree(k)
	}
	return s
}

func main() {
	l := buildList(20000)
	sum, names := 0, 0
	for p := l; p != nil; p = p.next {
		sum += p.val
		names += len(p.name)
	}
	fmt.Println("list", sum, names)

	m := map[string]*node{}
	for i := 0; i < 5000; i++ {
		m["k"+strconv.Itoa(i)] = &node{val: i * 2, name: strconv.Itoa(i)}
	}
	total := 0
	for i := 0; i < 5000; i++ {
		total += m["k"+strconv.Itoa(i)].val
	}
	fmt.Println("map", len(m), total)

	grid := make([][]string, 200)
	for i := range grid {
		for j := 0; j < 50; j++ {
			grid[i] = append(grid[i], fmt.Sprintf("%d/%d", i, j))
		}
	}
	n := 0
	for _, row := range grid {
		for _, s := range row {
			n += len(s)
		}
	}
	fmt.Println("grid", n, grid[199][49])

	var sb strings.Builder
	s := ""
	for i := 0; i < 2000; i++ {
		s += strconv.Itoa(i % 10)
		sb.WriteString(s[len(s)-1:])
	}
	fmt.Println("strings", len(s), sb.Len(), s[:20], s == sb.String())

	t := buildTree(12)
	fmt.Println("tree", sumTree(t))
}
