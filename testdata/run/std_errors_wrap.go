package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }

type Temporary interface {
	Temporary() bool
}

type tempErr struct{ msg string }

func (t tempErr) Error() string   { return t.msg }
func (t tempErr) Temporary() bool { return true }

type isErr struct{}

func (isErr) Error() string         { return "isErr" }
func (isErr) Is(target error) bool { return target == io.EOF }

var ErrBase = errors.New("base failure")

func find(name string) error {
	if name == "" {
		return fmt.Errorf("find: %w", ErrBase)
	}
	return fmt.Errorf("lookup %q: %w", name, &NotFound{name})
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1), errors.Is(e1, e2))
	err := find("")
	fmt.Println(err, errors.Is(err, ErrBase), errors.Unwrap(err) == ErrBase, errors.Unwrap(ErrBase) == nil)
	err = find("gopher")
	var nf *NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Name)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", tempErr{"temp"}))
	var tmp Temporary
	fmt.Println(errors.As(wrapped, &tmp), tmp.Temporary())
	var te tempErr
	fmt.Println(errors.As(wrapped, &te), te.msg)
	var pe *os.PathError
	fmt.Println(errors.As(wrapped, &pe), pe == nil)
	fmt.Println(errors.Is(isErr{}, io.EOF), errors.Is(fmt.Errorf("w: %w", isErr{}), io.EOF), errors.Is(isErr{}, ErrBase))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrBase), errors.Is(ErrBase, nil))
	_, perr := strconv.Atoi("12x")
	fmt.Println(errors.Is(perr, strconv.ErrSyntax), perr)
	var ne *strconv.NumError
	if errors.As(fmt.Errorf("ctx: %w", perr), &ne) {
		fmt.Println(ne.Func, ne.Num)
	}
	plain := fmt.Errorf("no wrap %d", 1)
	fmt.Println(errors.Unwrap(plain) == nil, plain)
	var anyErr interface{}
	fmt.Println(errors.As(err, &anyErr), anyErr)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var notPtr NotFound
	errors.As(err, notPtr)
}
