package main

import "fmt"

func main() {
	words := []string{"a", "é", "日本", "naïve", "😀x"}
	for _, w := range words {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s][%q]\n", w, w, w, w, w)
	}
	fmt.Printf("[%5c][%-3c]\n", 'é', '日')
	fmt.Printf("[%8v][%-8v]\n", "日本語", []string{"é"})
	fmt.Printf("[%x][% X]\n", "é日", "é日")
	fmt.Printf("[%5q][%-8q]\n", "é", 'é')
	fmt.Printf("[%08s][%-08d]\n", "ab", 12)
}
