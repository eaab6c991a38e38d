// Range over an integer (Go 1.22).
// GOLDEN WRITTEN BY HAND: the reference toolchain (Go 1.19) rejects `range 10`;
// gosub implements Go 1.22 where `for i := range n` iterates i = 0..n-1.
package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total++
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	var u8 uint8 = 2
	for i := range u8 {
		fmt.Printf("%T %v\n", i, i)
	}
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
}
