// A variable declaration needs a name.

package main

func main() {
	var 1x int // ERROR "syntax error: unexpected literal 1, expecting name"
}
