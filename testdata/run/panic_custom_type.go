package main

import "fmt"

type Oops struct {
	Code int
	Msg  string
}

func (o Oops) Error() string { return fmt.Sprintf("oops %d: %s", o.Code, o.Msg) }

func main() {
	defer fmt.Println("deferred runs before crash")
	panic(Oops{42, "custom"})
}
