// main blocks receiving from a channel nobody will send on.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("about to block")
	<-c
}
