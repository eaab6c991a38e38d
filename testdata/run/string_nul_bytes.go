package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := "a\x00b"
	b := "a\x00c"
	c := "a"
	fmt.Println(len(a), a < b, a > c, a == "a\x00b", a != c, strings.Compare(a, b))
	fmt.Printf("%q %q %x\n", a, a+b, a)
	m := map[string]int{a: 1, b: 2, c: 3, "": 4, "\x00": 5}
	fmt.Println(len(m), m["a\x00b"], m["\x00"], m[""])
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("%q\n", keys)
	fmt.Println(strings.Index(a, "\x00"), strings.Split(a, "\x00"), strings.Contains(b, "\x00c"))
	bs := []byte{0, 0, 65, 0}
	s := string(bs)
	fmt.Println(len(s), s[2], strings.Count(s, "\x00"))
	fmt.Print(s[2:3], "\n")
	var sb strings.Builder
	sb.WriteByte(0)
	sb.WriteString("x")
	fmt.Printf("%q\n", sb.String())
}
