// `go f()` with a nil func value f is a fatal error at the go statement
// itself (not a panic: the deferred recover does not run), exit status 2.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("not reached: recovered", recover())
	}()
	var f func()
	fmt.Println("before")
	go f()
	fmt.Println("not reached: after")
}
