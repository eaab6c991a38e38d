package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"hello", "ÀÉÎÕÜ", "straße", "ǅungla", "ΣΊΣΥΦΟΣ", "Ωmega", "İstanbul", "ﬁne", "ǈ"} {
		fmt.Printf("%s | %s | %s | %s\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	for _, r := range []rune{'ǅ', 'ǆ', 'Ǆ', 'ß', 'ſ', 'K', 'µ', 'ÿ'} {
		fmt.Printf("%c %c %c %c %v %v %v\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r))
	}
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212A"))
}
