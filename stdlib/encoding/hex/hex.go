// Package hex implements hexadecimal encoding and decoding (gosub standard library).
package hex

import (
	"errors"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	b := byte(e)
	var s string
	switch {
	case b == '\'':
		s = `'\''`
	case b >= 0x20 && b < 0x7f:
		s = "'" + string(rune(b)) + "'"
	default:
		s = "'\\x" + string(hextable[b>>4]) + string(hextable[b&0xf]) + "'"
	}
	return "encoding/hex: invalid byte: U+00" + strings.ToUpper(string(hextable[b>>4])+string(hextable[b&0xf])) + " " + s
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the actual
// number of bytes written to dst.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		p := src[j-1]
		q := src[j]
		a, ok := fromHexChar(p)
		if !ok {
			return i, InvalidByteError(p)
		}
		b, ok := fromHexChar(q)
		if !ok {
			return i, InvalidByteError(q)
		}
		dst[i] = (a << 4) | b
		i++
	}
	if len(src)%2 == 1 {
		// Check for invalid char before reporting bad length,
		// since the invalid char (if present) is an earlier problem.
		if _, ok := fromHexChar(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, like hexdump -C.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b []byte
	for off := 0; off < len(data); off += 16 {
		line := data[off:]
		if len(line) > 16 {
			line = line[:16]
		}
		for k := 7; k >= 0; k-- {
			b = append(b, hextable[(off>>(4*uint(k)))&0xf])
		}
		b = append(b, ' ', ' ')
		for i := 0; i < 16; i++ {
			if i < len(line) {
				b = append(b, hextable[line[i]>>4], hextable[line[i]&0xf], ' ')
			} else {
				b = append(b, ' ', ' ', ' ')
			}
			if i == 7 {
				b = append(b, ' ')
			}
		}
		b = append(b, ' ', '|')
		for _, c := range line {
			if c < 32 || c > 126 {
				c = '.'
			}
			b = append(b, c)
		}
		b = append(b, '|', '\n')
	}
	return string(b)
}
