package main

import "fmt"

func level3() {
	defer fmt.Println("level3 deferred")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 caught:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3()
	fmt.Println("not reached")
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1: %v", r)
		}
	}()
	level2()
	return nil
}

func replace() {
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	defer func() {
		panic("second panic replaces first")
	}()
	panic("first panic")
}

func main() {
	fmt.Println(level1())
	replace()
	fmt.Println("done")
}
