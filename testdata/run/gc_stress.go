// Allocates far more than fits in memory at once; only a collector keeps it bounded.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	next *Node
	data []byte
	name string
}

func churn(rounds int) int {
	var keep *Node
	total := 0
	for i := 0; i < rounds; i++ {
		n := &Node{data: make([]byte, 1024), name: fmt.Sprint("node", i)}
		n.data[0] = byte(i)
		if i%1000 == 0 {
			n.next = keep
			keep = n
		}
		total += len(n.data) + len(n.name)
	}
	count := 0
	for n := keep; n != nil; n = n.next {
		count++
	}
	return total/1024 + count
}

func main() {
	fmt.Println(churn(300000))
	m := map[int][]int{}
	for i := 0; i < 200000; i++ {
		m[i%500] = make([]int, 100)
		m[i%500][0] = i
	}
	fmt.Println(len(m), m[499][0])
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		s := strings.Repeat("x", i%100+1)
		if i%10000 == 0 {
			sb.WriteString(s[:1])
		}
	}
	fmt.Println(sb.String())
	parts := []string{}
	for i := 0; i < 50000; i++ {
		parts = append(parts, fmt.Sprintf("%05d", i))
		if len(parts) > 100 {
			parts = parts[50:]
		}
	}
	fmt.Println(len(parts), parts[0], parts[len(parts)-1])
}
