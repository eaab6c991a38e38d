// select {} with no other goroutines is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("before select {}")
	select {}
}
