package main

// Split, SplitN, SplitAfter(N) and Join with one-byte and longer
// separators over edge cases: empty input, separators at the ends, runs of
// separators, every n from -1 to past the number of fields, cap of results.

import (
	"fmt"
	"strings"
)

func main() {
	ins := []string{"", ",", ",,", "a", "a,", ",a", "a,b", "a,,b", ",a,b,", "abc,def,ghi", "日,本,語", "a,b,c,d,e,f"}
	for _, s := range ins {
		for _, sep := range []string{",", ",,", "b"} {
			for n := -1; n <= 7; n++ {
				a := strings.SplitN(s, sep, n)
				b := strings.SplitAfterN(s, sep, n)
				fmt.Printf("%q %q %d: %q %d %q\n", s, sep, n, a, len(a), b)
			}
			p := strings.Split(s, sep)
			fmt.Printf("%q %q: %q %q %d %q %q\n", s, sep, p, strings.SplitAfter(s, sep), cap(p),
				strings.Join(p, sep), strings.Join(p, ""))
		}
	}
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"", "", ""}, "--"))
}
