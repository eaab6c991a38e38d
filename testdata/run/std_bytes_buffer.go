package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('🌍')
	fmt.Fprintf(&buf, " %d+%d=%d\n", 2, 3, 5)
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Println(string(b), buf.UnreadByte(), buf.Len())
	r, n, _ := buf.ReadRune()
	fmt.Println(string(r), n)
	fmt.Printf("%q\n", buf.Next(5))
	rest, err := io.ReadAll(&buf)
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)
	b2 := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := b2.ReadBytes('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer([]byte("xyz"))
	b3.WriteTo(os.Stdout)
	fmt.Println()
	var nb *bytes.Buffer
	fmt.Println(nb.String())

	s := []byte("  The Quick  Brown Fox  ")
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q %q\n", bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Println(bytes.Contains(s, []byte("Fox")), bytes.Index(s, []byte("Brown")), bytes.Count(s, []byte(" ")), bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.HasPrefix(s, []byte("  The")), bytes.HasSuffix(s, []byte("x")), bytes.IndexByte(s, 'Q'), bytes.LastIndex(s, []byte(" ")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Printf("%s %s\n", bytes.Repeat([]byte("ab"), 3), bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb")))
	fmt.Printf("%q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")), string(bytes.Title([]byte("hello world"))))
	rd := bytes.NewReader([]byte("reader data"))
	p := make([]byte, 6)
	k, _ := rd.Read(p)
	fmt.Println(k, string(p), rd.Len())
}
