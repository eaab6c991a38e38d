package main

import "fmt"

var counter int

var first = next("first")
var second = next("second")
var derived = useLater()
var later = next("later")

func next(name string) int {
	counter++
	fmt.Println(name, counter)
	return counter
}

func useLater() int {
	fmt.Println("derived sees later =", later)
	return later * 100
}

var greeting = "hello, " + name
var name = "world"

var arr = [3]int{len(greeting), len(name), first}

func init() {
	fmt.Println("init:", first, second, derived, later, counter)
}

func main() {
	fmt.Println(greeting, arr)
}
