package main

import "fmt"

func shift(v int, s int) int { return v << s }

func main() {
	fmt.Println(shift(1, 10))
	fmt.Println(shift(1, -3))
}
