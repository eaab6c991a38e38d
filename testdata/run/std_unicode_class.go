package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '_', 'é', 'Σ', 'σ', 'ς', 'ǅ', '٣', '€', '\u00a0', '\u2028', '世', 'ß', 'İ', 'ı', 'K', '\u212a', 0x1F600, '\u0301', '$', '+', 0x10FFFF}
	for _, r := range rs {
		fmt.Printf("%U letter=%v digit=%v number=%v space=%v upper=%v lower=%v title=%v punct=%v symbol=%v mark=%v control=%v print=%v graphic=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r))
		fmt.Printf("  upper=%c lower=%c title=%c fold=%c\n", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// counts over the BMP to check the tables as a whole
	var letters, digits, spaces, uppers, lowers, puncts int
	for r := rune(0); r < 0x10000; r++ {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsDigit(r) {
			digits++
		}
		if unicode.IsSpace(r) {
			spaces++
		}
		if unicode.IsUpper(r) {
			uppers++
		}
		if unicode.IsLower(r) {
			lowers++
		}
		if unicode.IsPunct(r) {
			puncts++
		}
	}
	fmt.Println(letters, digits, spaces, uppers, lowers, puncts)
	sum := 0
	for r := rune(0); r < 0x20000; r++ {
		sum += int(unicode.ToUpper(r)-r) + 3*int(unicode.ToLower(r)-r)
	}
	fmt.Println(sum)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	r := 'k'
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Printf("%U ", r)
	}
	fmt.Println()
}
