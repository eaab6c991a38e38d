package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("State<%d>", int(s)) }

func main() {
	fmt.Println("state:", State(3))
	panic(State(3))
}
