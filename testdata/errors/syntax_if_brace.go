// The body of an if statement must start on the header's line.

package main

func main() {
	x := true
	if x // ERROR "syntax error: unexpected newline, expecting { after if clause"
	{
	}
}
