package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,city\nalice,30,paris\nbob,25,berlin\n"
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	header := strings.Split(lines[0], ",")
	for _, line := range lines[1:] {
		fields := strings.Split(line, ",")
		var parts []string
		for i, f := range fields {
			parts = append(parts, header[i]+"="+strings.ToUpper(f[:1])+f[1:])
		}
		fmt.Println(strings.Join(parts, "; "))
	}
	path := "/usr/local/lib/go/src"
	fmt.Println(strings.Split(path, "/")[1:], strings.LastIndex(path, "/"), path[strings.LastIndex(path, "/")+1:])
	fmt.Println(strings.Repeat("=", 20))
	s := "Mississippi"
	fmt.Println(strings.Count(s, "ss"), strings.Index(s, "ssi"), strings.LastIndex(s, "ssi"), strings.Replace(s, "ss", "SS", 1))
	fmt.Printf("%q\n", strings.SplitAfterN("a.b.c.d", ".", 3))
	var words []string
	for _, w := range strings.Fields(" alpha  beta\tgamma\n") {
		words = append(words, strings.Title(w))
	}
	fmt.Println(words, len(words))
	pal := func(s string) bool {
		s = strings.ToLower(strings.Map(func(r rune) rune {
			if r == ' ' || r == ',' {
				return -1
			}
			return r
		}, s))
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			if s[i] != s[j] {
				return false
			}
		}
		return true
	}
	fmt.Println(pal("A man, a plan, a canal, Panama"), pal("gopher"))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }), strings.Clone("copy"))
}
