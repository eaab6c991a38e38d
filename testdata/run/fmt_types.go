package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Pair struct{ A, B int }
type List []Pair
type Fn func(int) string
type Iface interface{ M() }

func main() {
	vals := []interface{}{
		1, int8(1), uint16(1), int64(1), uintptr(1), 1.5, float32(1.5), "s", 'r', byte('b'), true, nil,
		MyInt(3), Pair{}, &Pair{}, List{}, []int{}, [3]string{}, map[string]Pair{}, map[Pair][]*int{},
		func() {}, Fn(nil), func(int, ...string) (bool, error) { return false, nil },
		errors.New("e"), struct{ X int }{}, &struct{}{}, []interface{}{}, new(Iface), [][]byte{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error = fmt.Errorf("x: %w", errors.New("y"))
	fmt.Printf("%T\n", e)
}
