package main

import "fmt"

func main() {
	var handlers = map[string]func(){"a": func() { fmt.Println("a called") }}
	handlers["a"]()
	handlers["b"]()
}
