// os.PathError is io/fs's PathError (a type alias, as in Go), so %T
// prints *fs.PathError; os's error values are fs's.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent/file")
	fmt.Printf("%T\n", err)
	fmt.Println(err)
	var pe *os.PathError
	var fe *fs.PathError
	fmt.Println(errors.As(err, &pe), errors.As(err, &fe), pe.Op, pe.Path, pe == fe)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrClosed == fs.ErrClosed, pe.Timeout())
	fmt.Printf("%T %v\n", os.ErrPermission, fs.ErrExist)
	e := &fs.PathError{Op: "read", Path: "x", Err: fs.ErrClosed}
	fmt.Println(e, errors.Unwrap(e) == os.ErrClosed)
}
