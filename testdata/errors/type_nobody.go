// A function without a body (only stdlib packages may implement functions in C).

package main

func body() int // ERROR "missing function body"

func main() {
	_ = body()
}
