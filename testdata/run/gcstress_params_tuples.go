// Under GODEBUG=gcstress=1 (run_gcstress): parameters captured by closures
// get heap cells one after another while the other incoming values wait;
// a function's several results sit in one frame slot while the call's
// arguments are boxed; os.Environ builds its strings one by one.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func both(a, b *[]string, s string) func() string {
	return func() string {
		*a = append(*a, s)
		*b = append(*b, strings.ToUpper(s))
		return strings.Join(*a, ",") + "|" + strings.Join(*b, ",")
	}
}

func pair(fail bool) (string, error) {
	if fail {
		return "", errors.New("boom " + fmt.Sprint(fail))
	}
	return strings.Repeat("ok", 3), nil
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	var x, y []string
	f := both(&x, &y, "a")
	f()
	g := both(&x, &y, "b")
	fmt.Println(g())
	fmt.Println(pair(true))
	fmt.Println(pair(false))
	os.Setenv("GOSUB_GCSTRESS_ENV", "value")
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOSUB_GCSTRESS_ENV=") {
			n++
			fmt.Println(kv)
		}
	}
	fmt.Println(n)
}
