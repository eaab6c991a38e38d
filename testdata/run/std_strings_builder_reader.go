package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	n, err := b.Write([]byte(" done"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Cap() >= 64)

	r := strings.NewReader("héllo world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r = strings.NewReader("aé")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
	fmt.Println(r.UnreadRune())
	ch, _, _ := r.ReadRune()
	fmt.Println(string(ch))
	r.Reset("xyz")
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.Len())
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
	var sb strings.Builder
	nn, err := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(nn, err, sb.String())
}
