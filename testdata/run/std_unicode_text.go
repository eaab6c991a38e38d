package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wordCount(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		m[w]++
	}
	return m
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	text := "Ünïcödé text: Hello, World! hello again; 123 numbers, ÜNÏCÖDÉ Text."
	fmt.Println(wordCount(text))
	fmt.Println(reverse("héllo, 世界"), utf8.RuneCountInString(text), len(text))
	var up, low, dig, sp, pu int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			dig++
		case unicode.IsSpace(r):
			sp++
		case unicode.IsPunct(r):
			pu++
		}
	}
	fmt.Println(up, low, dig, sp, pu)
	camel := "parseHTTPRequestHeader"
	var out []rune
	for i, r := range camel {
		if unicode.IsUpper(r) && i > 0 {
			out = append(out, '_')
		}
		out = append(out, unicode.ToLower(r))
	}
	fmt.Println(string(out))
	fmt.Println(strings.Map(unicode.ToUpper, "straße ǆ"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("Σ", "ς"))
}
