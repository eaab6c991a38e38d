package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleInc() (n int) {
	defer func() { n++ }()
	defer func() { n *= 3 }()
	n = 1
	return n + 1
}

func withErr(fail bool) (res string, err error) {
	defer func() {
		if err != nil {
			res = "failed: " + err.Error()
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return "", errors.New("boom")
	}
	return "ok", nil
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func recoverSets() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			v = -1
		}
	}()
	v = 10
	panic("bad")
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleInc())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(unnamed())
	fmt.Println(recoverSets())
}
