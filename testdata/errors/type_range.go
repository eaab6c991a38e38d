// Range clauses.

package main

func main() {
	x := 1.5
	var ch chan<- int
	var c chan int
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	for i, v := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	for v := range ch { // ERROR "cannot range over ch \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
	var s string
	var b int64
	for _, b = range s { // ERROR "cannot use b \(value of type (rune|int32)\) as type int64 in assignment"
	}
	_ = b
	for i := range []int{1} {
		_ = i
	}
}
