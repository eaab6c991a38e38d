package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("reading nil map:", m["x"], len(m))
	m["x"] = 1
	fmt.Println("not reached")
}
