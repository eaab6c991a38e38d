package main

import "fmt"

type A struct{ x int }
type B struct{ x int }

func main() {
	var i interface{} = A{1}
	fmt.Println(i.(A).x)
	fmt.Println(i.(B).x)
}
