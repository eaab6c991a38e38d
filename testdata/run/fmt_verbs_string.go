package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%+q] [%#q] [%x] [% x] [%X]\n", s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("[%q] [%q] [%#q]\n", "tab\there", `back\slash "quote"`, "with`backtick")
	fmt.Printf("[%s] [%v] [%q]\n", []string{"a", "b"}, []string{"c d"}, []string{"e", "f"})
	fmt.Printf("[%s] [%x] [%q]\n", []byte("bytes"), []byte("bytes"), []byte("bytes"))
	fmt.Printf("[%5.1s] [%-5.3s|]\n", "abc", "abcdef")
	fmt.Printf("[%c%c%c]\n", 'a', 0x4e16, 0x1F600)
	fmt.Printf("[%q] [%q] [%q]\n", 'x', '\n', rune(0x7f))
	fmt.Printf("[%v] [%s]\n", nil, nil)
	fmt.Printf("[%s]\n", 42)
	fmt.Printf("[%10v] [%-10v]\n", []int{1}, true)
	fmt.Printf("[%6.2v]\n", 3.14159)
	fmt.Println(fmt.Sprintf("%3c|%-3c|", 'x', 'y'))
	fmt.Printf("%s %s\n", "a\x00b", "\xff")
	fmt.Printf("%q\n", "\xff\u00e9\U0010ffff")
	fmt.Printf("%+q\n", "日本")
}
