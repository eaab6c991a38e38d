// Closures capturing variables whose names the generated C also uses for
// its own records (fn, recv, r, a0) keep them apart.
package main

import "fmt"

func main() {
	fn := func(s string) string { return "<" + s + ">" }
	recv, r, a0 := 1, 2, 3
	out := ""
	func(names ...string) {
		for _, name := range names {
			out += fn(name)
			recv++
			r += recv
			a0 *= r
		}
	}("one", "two")
	fmt.Println(out, recv, r, a0)
	defer func() { fmt.Println("deferred", fn("x"), recv+r+a0) }()
	fn = nil
	fn = func(s string) string { return "[" + s + "]" }
}
