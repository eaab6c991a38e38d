package main

import (
	"errors"
	"fmt"
	"io"
)

type MyErr struct{ N int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.N) }

func main() {
	e := fmt.Errorf("read config: %w", io.EOF)
	fmt.Println(e, errors.Unwrap(e) == io.EOF, errors.Is(e, io.EOF))
	e2 := fmt.Errorf("layer2: %w", e)
	fmt.Println(e2, errors.Is(e2, io.EOF))
	var me MyErr
	e3 := fmt.Errorf("with value %d and %w", 7, MyErr{3})
	fmt.Println(e3, errors.As(e3, &me), me.N)
	e4 := fmt.Errorf("no wrap: %v", io.EOF)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("bad: %w", "not an error")
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e6)
	fmt.Println(fmt.Sprintf("%w", io.EOF))
	fmt.Printf("%T %T\n", e, e4)
	fmt.Println(fmt.Errorf("%d%%", 50))
}
