package main

import "fmt"

func main() {
	m := map[string]interface{}{"a": map[int]int{}, "b": map[int]int{}}
	fmt.Println(len(m))
	fmt.Println(m["a"] == m["b"])
}
