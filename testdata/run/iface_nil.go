package main

import (
	"errors"
	"fmt"
)

type MyError struct{}

func (*MyError) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyError{}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string {
	if t == nil {
		return "hello from nil *T"
	}
	return "hello"
}

type Helloer interface{ Hello() string }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyError)(nil))
	err = correct(false)
	fmt.Println(err == nil)
	err = correct(true)
	fmt.Println(err, err != nil)
	var h Helloer = (*T)(nil)
	fmt.Println(h.Hello(), h == nil)
	var t *T
	fmt.Println(t.Hello())
	var e interface{} = (*int)(nil)
	fmt.Println(e == nil, e)
	var wrapped = fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)) == nil)
	var m map[string]int
	var mi interface{} = m
	fmt.Println(mi == nil, m == nil)
}
