package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	input := "first line\nsecond line\r\n\nlast line without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nok\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		fmt.Println(long.Text())
	}
	fmt.Println(long.Err())

	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma\n€uro"))
	s, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", s, err)
	b, _ := r.Peek(4)
	fmt.Printf("%q\n", b)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune())
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('3')
	w.WriteRune('\n')
	fmt.Println("before flush (unbuffered)", w.Buffered())
	w.Flush()
	fmt.Println("after flush", w.Buffered(), w.Available())

	in := bufio.NewScanner(os.Stdin)
	count := 0
	for in.Scan() {
		count++
	}
	fmt.Println("stdin lines:", count, in.Err())
}
