// strings.Reader and bytes.Reader as io.ReaderAt and io.Seeker: ReadAt
// does not move the read position, Seek from start, current and end,
// and an io.SectionReader over them.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type readSeekerAt interface {
	io.ReadSeeker
	io.ReaderAt
}

func exercise(name string, r readSeekerAt) {
	buf := make([]byte, 3)
	n, err := r.ReadAt(buf, 4)
	fmt.Println(name, n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 8)
	fmt.Println(name, n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 10)
	fmt.Println(name, n, err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(name, err)
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(name, pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Println(name, string(rest))
	pos, _ = r.Seek(3, io.SeekStart)
	pos, _ = r.Seek(2, io.SeekCurrent)
	b1 := make([]byte, 2)
	io.ReadFull(r, b1)
	fmt.Println(name, pos, string(b1))
	_, err = r.Seek(-20, io.SeekCurrent)
	fmt.Println(name, err)
	_, err = r.Seek(0, 7)
	fmt.Println(name, err)
	pos, _ = r.Seek(20, io.SeekStart)
	n, err = r.Read(b1)
	fmt.Println(name, pos, n, err)
	sec, err := io.ReadAll(io.NewSectionReader(r, 3, 4))
	fmt.Println(name, string(sec), err)
}

func main() {
	exercise("strings", strings.NewReader("0123456789"))
	exercise("bytes", bytes.NewReader([]byte("0123456789")))
}
