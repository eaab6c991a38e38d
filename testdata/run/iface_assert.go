package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ A, B int }

func main() {
	var i interface{} = Temp(21.5)
	t := i.(Temp)
	fmt.Println(t, float64(t))
	s, ok := i.(Stringer)
	fmt.Println(s.String(), ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var vals = []interface{}{1, "two", 3.0, Pair{4, 5}, &Pair{6, 7}, nil, []int{8}, errors.New("nine"), Temp(10)}
	for _, v := range vals {
		if n, ok := v.(int); ok {
			fmt.Println("int", n)
		} else if str, ok := v.(string); ok {
			fmt.Println("string", str)
		} else if p, ok := v.(Pair); ok {
			fmt.Println("pair", p.A+p.B)
		} else if pp, ok := v.(*Pair); ok {
			fmt.Println("*pair", pp.A*pp.B)
		} else if e, ok := v.(error); ok {
			fmt.Println("error", e)
		} else if st, ok := v.(Stringer); ok {
			fmt.Println("stringer", st)
		} else {
			fmt.Printf("other %v\n", v)
		}
	}
	var e error = errors.New("x")
	_, isStr := e.(Stringer)
	fmt.Println(isStr)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
}
