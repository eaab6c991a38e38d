package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("partial line on stdout, ")
	fmt.Fprintln(os.Stderr, "message on stderr")
	fmt.Println("more stdout")
	var p *[3]int
	fmt.Println(len(p))
	fmt.Println(p[1])
}
