package main

import "fmt"

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	return a / b, true
}

func noPanic() {
	defer func() {
		r := recover()
		fmt.Println("recover without panic:", r)
	}()
}

func panicValue(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper()
		fmt.Println("helper recover (not direct):", r)
		r = recover()
	}()
	panic("indirect")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	noPanic()
	panicValue(42)
	panicValue("msg")
	panicValue(MyErr{7})
	panicValue(fmt.Errorf("wrapped %d", 1))
	panicValue(3.5)
	fmt.Println("indirect:", indirect())
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("outer", recover())
		}()
		func() {
			defer func() {
				fmt.Println("inner", recover())
			}()
			panic("first")
		}()
		panic("second")
	}()
	fmt.Println("main continues")
}
