package main

type T struct{ a int }

func main() {
	println("hello", 1, -2, true)
	println(int8(-8), uint8(250), int64(-1<<63), uint32(1<<31))
	println(3.0, 0.1, -1e-10, float32(2.5))
	println('A', "multi", "args", "spaced")
	println()
	print("print no spaces", 1, 2, "\n")
	var s []int
	var m map[int]int
	var e interface{}
	println(s == nil, m == nil, e == nil)
	x := 5
	println(x*x, x/2, x%3, -x)
	println("done")
}
