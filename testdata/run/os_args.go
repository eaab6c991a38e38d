package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[0]) > 0, strings.TrimSpace(os.Args[0]) == os.Args[0])
	fmt.Println(os.Args[1:])
	fmt.Fprintln(os.Stdout, "via Fprintln to os.Stdout")
	n, err := os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	os.Stdout.WriteString("WriteString\n")
}
