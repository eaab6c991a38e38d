package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	n, err := os.Stdout.WriteString("direct write\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("bytes write\n"))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "error stream")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())
	os.Setenv("GOSUB_TEST_VAR", "value=1")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"))
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("GOSUB_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	os.Unsetenv("GOSUB_TEST_VAR")
	fmt.Printf("%q\n", os.Getenv("GOSUB_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if len(kv) > 0 {
			found = true
		}
	}
	fmt.Println(found)
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
