package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é\tΣ世!_\u00a0" {
		fmt.Printf("%q L=%v U=%v l=%v D=%v N=%v S=%v P=%v up=%q lo=%q\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.IsSpace('\n'), unicode.IsSpace('\u0085'), unicode.ToTitle('a'))
	fmt.Println(unicode.IsPrint('\x07'), unicode.IsControl('\x07'), unicode.IsGraphic('a'))
	fmt.Println(unicode.In('世', unicode.Han), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Σ'))
}
