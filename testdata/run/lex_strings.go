package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash"
	fmt.Println(s)
	fmt.Println("\a\b\f\v\r"[0], len("\a\b\f\v\r"))
	fmt.Println("\x48\x69 \110\151 \u4e16\u754c \U0001F389")
	raw := `raw\n string with "quotes"
and a newline`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Printf("%q\n", "\x00\x7f\u00ff\u2028")
	fmt.Println(`` == "", "a"+`b`)
	multi := "日本語"
	fmt.Println(multi, len(multi), []byte(multi)[0])
}
