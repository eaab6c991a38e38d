package main

import "fmt"

type Celsius float64

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		var err error = nil
		_ = err
		panic(Celsius(21.5))
	}()
	panic(42)
}
