package main

import "fmt"

type Celsius float64
type Miles int

const Boiling Celsius = 100
const Marathon Miles = 26

const (
	MaxU8  uint8  = 255
	MinI16 int16  = -32768
	Name   string = "gosub"
)

func main() {
	fmt.Println(Boiling, Boiling*2, Boiling/3)
	fmt.Printf("%T %T %T\n", Boiling, Marathon, Name)
	fmt.Println(Marathon*2+1, Marathon/4)
	fmt.Println(MaxU8, MinI16, Name)
	var x = MaxU8
	x++
	fmt.Println(x)
	var y = MinI16
	y--
	fmt.Println(y)
	const f = 2.5
	var i int = f * 2
	fmt.Println(i)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', "s")
	fmt.Printf("%v %v\n", 1<<10, 1.5e3)
}
