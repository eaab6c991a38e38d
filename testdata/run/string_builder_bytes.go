package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprint(i * i))
	}
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	sb.WriteRune('→')
	sb.WriteByte(' ')
	fmt.Fprintf(&sb, "%05.1f", 3.14159)
	fmt.Println(sb.String())
	buf := make([]byte, 0, 16)
	for c := byte('a'); c <= 'z'; c++ {
		buf = append(buf, c)
	}
	fmt.Println(string(buf), len(buf), cap(buf) >= 26)
	up := make([]byte, len(buf))
	for i, c := range buf {
		up[i] = c - 32
	}
	fmt.Println(string(up[:5]))
	var lines []string
	for i := 3; i > 0; i-- {
		lines = append(lines, strings.Repeat("*", i))
	}
	fmt.Println(strings.Join(lines, "\n"))
	r := strings.NewReader("abc")
	fmt.Println(r.Len())
}
