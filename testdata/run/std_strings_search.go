package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog; ünïcödé 世界"
	for _, sub := range []string{"the", "fox", "", "dog;", "cat", "世", "ünï", "界"} {
		fmt.Println(sub, strings.Contains(s, sub), strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub))
	}
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexByte(s, 'Z'), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexRune(s, 'ü'), strings.IndexRune(s, '界'), strings.IndexRune(s, 'Z'), strings.ContainsRune(s, 'é'))
	fmt.Println(strings.IndexAny(s, "zyx"), strings.LastIndexAny(s, "zyx"), strings.IndexAny(s, ""), strings.ContainsAny(s, "QW"))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "世界"), strings.HasSuffix(s, ""))
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsDigit))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212a"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
}
