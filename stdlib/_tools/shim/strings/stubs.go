package strings

import "unsafe"

func bytesString(b []byte) string { return *(*string)(unsafe.Pointer(&b)) }

func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
