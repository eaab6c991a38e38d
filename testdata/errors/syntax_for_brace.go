// The body of a for statement must start on the header's line.

package main

func main() {
	for i := 0; i < 3; i++ // ERROR "syntax error: unexpected newline, expecting { after for clause"
	{
	}
}
