// A select with only a default case runs the default.
package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		select {
		default:
			fmt.Println("lone default", i)
		}
	}
}
