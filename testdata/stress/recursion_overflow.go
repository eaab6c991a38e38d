// Unbounded recursion ends in gc's "fatal error: stack overflow" (exit
// status 2), also at -O2: C compilers turn f's recursion into a loop with
// an accumulator unless told not to (-fno-optimize-sibling-calls), and the
// program then spins forever.  The goroutine trace differs from gc's, so
// ctest checks the message and the exit status (recursion_overflow).
package main

func f() int { return f() + 1 }

func g(n int) int {
	if n < 0 {
		return 0
	}
	return g(n+1) + n
}

func main() {
	println(g(0) + f())
}
