package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")()
	defer fmt.Println("deferred print 1")
	defer fmt.Println("deferred print 2")
	fmt.Println("body")
}

func early(n int) {
	defer fmt.Println("early defer", n)
	if n > 0 {
		fmt.Println("returning early")
		return
	}
	defer fmt.Println("late defer", n)
	fmt.Println("end of early")
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func main() {
	defer fmt.Println("main done")
	nested()
	early(1)
	early(0)
	for _, n := range []string{"a", "b", "c"} {
		r := &Res{n}
		defer r.Close()
	}
	func() {
		defer func() { fmt.Println("anon defer") }()
		fmt.Println("anon body")
	}()
	fmt.Println("main body end")
}
