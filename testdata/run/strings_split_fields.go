package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []string{"", "a", "a b", " a  b ", "a,b,c", ",", "日本,語"}
	for _, c := range cases {
		fmt.Printf("%q: split=%q fields=%q after=%q\n", c, strings.Split(c, ","), strings.Fields(c), strings.SplitAfter(c, ","))
	}
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", func(r rune) bool { return r >= '0' && r <= '9' }))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	lines := strings.Split("line1\nline2\nline3", "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		fmt.Println(i, lines[i])
	}
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("straße"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.ContainsRune("abc", 'd'))
}
