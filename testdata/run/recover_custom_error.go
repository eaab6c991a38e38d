package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Issue }

var ErrNotFound = errors.New("not found")

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", "negative"})
	}
	if age > 200 {
		panic(fmt.Errorf("lookup: %w", ErrNotFound))
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var ok bool
			if err, ok = r.(error); !ok {
				err = fmt.Errorf("unknown panic: %v", r)
			}
		}
	}()
	validate(age)
	if age == 13 {
		panic(13)
	}
	return nil
}

func main() {
	for _, a := range []int{5, -1, 300, 13} {
		err := check(a)
		var ve *ValidationError
		fmt.Println(a, err, errors.As(err, &ve), errors.Is(err, ErrNotFound))
		if ve != nil {
			fmt.Println("  field:", ve.Field)
		}
	}
}
