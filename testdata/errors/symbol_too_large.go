// A package-level variable over 2 GB: gc's linker refuses the symbol
// (issue4348.go in Go's suite); gosub says so instead of failing to link.
// Large locals and heap objects are not symbols (they fail at run time).

package main

const LARGE = ^uint(0)>>32 + 1

var b [LARGE]int // ERROR "main.b: symbol too large \(34359738368 bytes > 2000000000 bytes\)"

var ok [1 << 20]int

func main() {
	p := new([1 << 31]byte)
	b[0] = len(p) + len(ok)
}
