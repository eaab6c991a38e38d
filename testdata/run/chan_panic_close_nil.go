// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("nil channel:", c == nil)
	close(c)
}
