package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("no newline before exit")
	os.Exit(0)
	fmt.Println("not reached")
}
