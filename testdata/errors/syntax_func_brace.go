// The opening brace of a function body must be on the same line.

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
