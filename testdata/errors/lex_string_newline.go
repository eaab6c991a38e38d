// An interpreted string literal may not span lines.

package main

func main() {
	s := "abc // ERROR `newline in string`
	_ = s
}
