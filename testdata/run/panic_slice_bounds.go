package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[1:5])
	hi := 7
	fmt.Println(s[2:hi])
}
