package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(sc.Err())

	r2, w2 := io.Pipe()
	go func() {
		w2.Write([]byte("partial"))
		w2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", data, err)

	r3, w3 := io.Pipe()
	r3.Close()
	n, err := w3.Write([]byte("x"))
	fmt.Println(n, err)
}
