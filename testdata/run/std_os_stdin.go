package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	// golden runs with stdin from /dev/null
	buf := make([]byte, 16)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	var f *os.File
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
}
