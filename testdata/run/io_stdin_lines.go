// Reading stdin (io_stdin_lines.in) line by line with bufio.Scanner, then
// words of the same lines, and bufio.Reader.ReadString on the rest.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, words := 0, 0
	for sc.Scan() {
		line := sc.Text()
		n++
		if line == "---" {
			break
		}
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			words++
		}
		fmt.Printf("%2d %q\n", n, line)
	}
	fmt.Println("lines:", n, "words:", words, "err:", sc.Err())
	// The scanner buffered ahead; what it did not consume is gone, as in Go.
	r := bufio.NewReader(os.Stdin)
	for {
		s, err := r.ReadString('\n')
		if s != "" {
			fmt.Printf("rest %q\n", s)
		}
		if err != nil {
			fmt.Println("end:", err)
			break
		}
	}
	fi, err := os.Stdin.Stat()
	fmt.Println(err == nil, fi.Mode().IsRegular())
}
