package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"hello", "tab\there", "quote\"back\\slash", "nl\n", "\x00\x01\x7f", "héllo 世界", "\xff\xfe", "emoji 😀", "\u2028", "\u00a0nbsp", "bell\a"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', '世', 0x7f, 0x10ffff, 0xd800, -1, '😀'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "x\ty")), string(strconv.AppendQuoteRune(nil, 'z')), string(strconv.AppendQuoteToASCII(nil, "é")))
	unq := []string{`"hello"`, `"tab\tnew\nline"`, `'a'`, `'\n'`, "`raw\\n`", `"\u4e16\U0001F600"`, `"\x41\101"`, `"unterminated`, `'ab'`, `"bad\q"`, `""`, `''`, `"a"b"`, "`a\rb`", `"\377"`, `'\''`, `"\'"`}
	for _, s := range unq {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'))
}
