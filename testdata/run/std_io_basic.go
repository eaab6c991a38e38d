package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type limited struct {
	s string
	n int
}

func (l *limited) Read(p []byte) (int, error) {
	if len(l.s) == 0 {
		return 0, io.EOF
	}
	k := l.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(l.s) {
		k = len(l.s)
	}
	copy(p, l.s[:k])
	l.s = l.s[k:]
	return k, nil
}

func main() {
	var sb strings.Builder
	n, err := io.WriteString(upper{&sb}, "shout ")
	fmt.Println(n, err)
	io.WriteString(&sb, "quiet")
	fmt.Println(sb.String())
	buf := make([]byte, 10)
	n, err = io.ReadFull(&limited{"abcdefghijklmnop", 3}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&limited{"abc", 2}, buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(&limited{"", 2}, buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&limited{"abcdef", 2}, buf, 5)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&limited{"abcdef", 2}, buf[:3], 5)
	fmt.Println(n, err)
	all, err := io.ReadAll(&limited{strings.Repeat("xy", 600), 7})
	fmt.Println(len(all), err, string(all[:6]))
	w, err := io.Copy(io.Discard, &limited{"12345", 2})
	fmt.Println(w, err)
	fmt.Fprintf(io.Discard, "ignored %d", 1)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
}
