// Imports must come before all other declarations.

package main

import "fmt"

var x = 1

import "os" // ERROR "syntax error: non-declaration statement outside function body"

func main() { fmt.Println(x, os.Args) }
