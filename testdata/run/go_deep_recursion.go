// Recursion 10^6 frames deep in main, 10^5 in two goroutines at once.
// (10^6 frames in goroutines: testdata/pending/go_deep_recursion_goroutines.go.)
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println("main:", depth(1000000))

	done := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) { done <- depth(100000 + i) }(i)
	}
	fmt.Println("goroutines:", <-done+<-done)
}
