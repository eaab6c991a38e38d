// Builtin functions.

package main

func main() {
	x := 1
	var s []int
	var m map[string]int
	_ = len(x)           // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = append(x, 1)     // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = make(int)        // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)      // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	delete(s, 1)         // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)         // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = copy(s, "x")     // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and .x. \(untyped string constant\) have different element types int and byte"
	_ = cap(m)           // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	len(s)               // ERROR "len\(s\) \(value of type int\) is not used"
	_ = new(x)           // ERROR "x \(variable of type int\) is not a type"
}
