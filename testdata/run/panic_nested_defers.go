package main

import (
	"errors"
	"fmt"
	"os"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	} else {
		fmt.Println(name, "nothing to recover")
	}
}

func inner() {
	defer cleanup("inner-cleanup")
	defer func() {
		defer cleanup("nested-in-defer")
		panic("panic inside a deferred function")
	}()
	panic("inner panic")
}

func main() {
	inner()
	fmt.Println("after inner")
	defer fmt.Println("main deferred 1")
	defer func() {
		fmt.Fprintln(os.Stderr, "main deferred 2 (stderr)")
	}()
	var err error = errors.New("final failure")
	panic(fmt.Errorf("wrapped: %w", err))
}
