package main

import "fmt"

func main() {
	defer func() {
		panic("panic in deferred call")
	}()
	defer fmt.Println("first deferred (runs before the second panic)")
	panic("original panic")
}
