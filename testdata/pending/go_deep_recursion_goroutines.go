// PENDING (runtime): goroutine stacks are 64 MB (until segmented stacks that
// grow to Go's 1 GB limit are wired in); at clang -O0 even a one-argument frame
// is over 64 bytes, so 10^6 of them overflow ("goroutine stack exceeds
// 1000000000-byte limit" at 64 MB). Passes with gcc -O2.
//
// Recursion 10^6 frames deep in goroutines, with small and larger frames.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// A frame with some locals, so the stack holds more than return addresses.
func sum(n int, acc [4]int) int {
	if n == 0 {
		return acc[0] + acc[1] + acc[2] + acc[3]
	}
	acc[n%4] += n
	return sum(n-1, acc)
}

func main() {
	fmt.Println("main:", sum(1000000, [4]int{}))
	done := make(chan int)
	for i := 0; i < 2; i++ {
		go func(i int) { done <- depth(1000000 + i) }(i)
		go func(i int) { done <- sum(1000000, [4]int{i, 1, 2, 3}) }(i)
	}
	fmt.Println("goroutines:", <-done+<-done+<-done+<-done)
}
