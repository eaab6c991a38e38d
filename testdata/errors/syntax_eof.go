// A function body that is not closed before the end of the file.

package main

func main() {
	for {
	}
// ERROR "syntax error: unexpected EOF, expecting }"