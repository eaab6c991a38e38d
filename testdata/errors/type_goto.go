// goto restrictions.

package main

func a() {
	goto L // ERROR "goto L jumps over declaration of x at"
	x := 1
	_ = x
L:
}

func b() {
	goto L // ERROR "goto L jumps into block starting at"
	{
	L:
	}
}

func c(n int) {
	goto L // ERROR "goto L jumps into block starting at"
	if n > 0 {
	L:
	}
}

func d() {
L:
	x := 1
	_ = x
	goto L
}

func main() {}
