// Recursion 10^6 frames deep, in main and in two goroutines at once (one of
// them with larger frames: an array argument).
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
	fmt.Println("main:", depth(1000000))

	done := make(chan int)
	go func() { done <- depth(1000000) }()
	go func() { done <- sum(1000000, [4]int{1, 2, 3, 4}) }()
	fmt.Println("goroutines:", <-done+<-done)
}
