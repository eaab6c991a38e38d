package strconv

import "unsafe"

func bytesString(b []byte) string { return *(*string)(unsafe.Pointer(&b)) }
