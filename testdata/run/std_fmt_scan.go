package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	var height float64
	var ok bool
	n, err := fmt.Sscan("gopher 13 1.25 true", &name, &age, &height, &ok)
	fmt.Println(n, err, name, age, height, ok)
	n, err = fmt.Sscanf("id=42 score=97.5 tag=go", "id=%d score=%f tag=%s", &age, &height, &name)
	fmt.Println(n, err, age, height, name)
	n, err = fmt.Sscanf("7-8-9", "%d-%d-%d", &age, &age, &age)
	fmt.Println(n, err, age)
	var a, b, c int
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscan("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscan("256", &u)
	fmt.Println(n, err, u)
	var x, y int
	fmt.Sscanf("ff 0x10", "%x %v", &x, &y)
	fmt.Println(x, y)
	var q string
	fmt.Sscanf(`"hello world" rest`, "%q", &q)
	fmt.Println(q)
	var r1, r2 rune
	fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(string(r1), string(r2))
	reader := bufio.NewReader(strings.NewReader("10 20\n30 40\n"))
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(reader, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var s1 string
	n, err = fmt.Scan(&s1)
	fmt.Println(n, err, s1 == "")
	n, err = fmt.Sscanf("5 6", "%d %d %d", &a, &b, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5x", "%dy", &a)
	fmt.Println(n, err)
}
