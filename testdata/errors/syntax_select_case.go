// Select cases are sends or receives.

package main

func main() {
	ch := make(chan int)
	_ = ch
	select {
	case ch != nil: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
