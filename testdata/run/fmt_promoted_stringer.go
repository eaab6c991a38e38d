package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Reading struct {
	Celsius        // String() is promoted: fmt uses it for the whole struct
	Station string
}

type Plain struct {
	Temp    Celsius // a named field: fmt formats the struct and calls String on the field
	Station string
}

type ErrWrap struct {
	error
	Code int
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.n) }

type HasPtr struct {
	PtrStringer
}

func main() {
	r := Reading{21.5, "north"}
	fmt.Println(r)
	fmt.Printf("%v %+v %s\n", r, r, r)
	p := Plain{19, "south"}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	e := ErrWrap{errors.New("inner"), 5}
	fmt.Println(e, e.Code)
	var err error = e
	fmt.Println(err.Error())
	h := HasPtr{PtrStringer{3}}
	fmt.Println(h, &h)
	fmt.Println([]Celsius{1, 2}, map[string]Celsius{"k": 3})
}
