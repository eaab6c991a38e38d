package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

func parse(s string, line int) error {
	if s == "" {
		return &ParseError{line, ErrEmpty}
	}
	if s == "bad" {
		return fmt.Errorf("parse %q: %w", s, &ParseError{line, errors.New("bad token")})
	}
	return nil
}

func main() {
	for i, s := range []string{"ok", "", "bad"} {
		err := parse(s, i+1)
		fmt.Println(err, errors.Is(err, ErrEmpty))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("  ParseError at line", pe.Line)
		}
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1))
	w := fmt.Errorf("level2: %w", fmt.Errorf("level1: %w", ErrEmpty))
	fmt.Println(w, errors.Is(w, ErrEmpty), errors.Unwrap(w))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrEmpty), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrEmpty)))
	if _, err := os.Open("/nonexistent/file/for/gosub/test"); err != nil {
		fmt.Println("open failed:", errors.Is(err, os.ErrNotExist))
	}
}
