// Index and slice expressions.

package main

func main() {
	var a [3]int
	var s []int
	var m map[string]int
	x := 1
	_ = s[-1]     // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = a[5]      // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = "abc"[4]  // ERROR "invalid argument: index 4 out of bounds \[0:3\]"
	_ = s[1.5]    // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = s["a"]    // ERROR "cannot convert .a. \(untyped string constant\) to int"
	_ = m[1]      // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = x[0]      // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = a[:4]     // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = s[2:1]    // ERROR "invalid slice indices: 1 < 2"
	_ = x[1:]     // ERROR "cannot slice x \(variable of type int\)"
}
