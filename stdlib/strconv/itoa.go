package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// smallsString holds the two-digit decimal forms of 0..99: small numbers are
// slices of it (no allocation), and longer ones are written two digits at a time.
const smallsString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// zeros reserves room in AppendInt's dst (a 64-bit number has at most 65 digits
// and sign in base 2) through append, which grows dst exactly as gc's does.
const zeros = "00000000000000000000000000000000000000000000000000000000000000000"

// FormatUint returns the string representation of i in the given base (2 <= base <= 36).
func FormatUint(i uint64, base int) string {
	if i < 100 && base == 10 {
		return small(int(i))
	}
	return formatBits(i, base, false)
}

// FormatInt returns the string representation of i in the given base (2 <= base <= 36).
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 100 && base == 10 {
		return small(int(i))
	}
	if i < 0 {
		return formatBits(uint64(-i), base, true)
	}
	return formatBits(uint64(i), base, false)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return smallsString[i*2 : i*2+2]
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, uint64(-i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// formatBits is appendBits into a new buffer of the exact length, which
// becomes the string without a copy.
func formatBits(u uint64, base int, neg bool) string {
	n := numLen(u, base, neg)
	b := make([]byte, n)
	putBits(b, n, u, base, neg)
	return bytesString(b)
}

func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	n := numLen(u, base, neg)
	dst = append(dst, zeros[:n]...)
	putBits(dst, len(dst), u, base, neg)
	return dst
}

// numLen is the length of u's digits in base, with a sign if neg.
func numLen(u uint64, base int, neg bool) int {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	n := 1
	if neg {
		n++
	}
	b := uint64(base)
	for ; u >= b; u /= b {
		n++
	}
	return n
}

// putBits writes u's digits (and sign) so that they end just before b[end].
func putBits(b []byte, end int, u uint64, base int, neg bool) {
	i := end
	if base == 10 {
		for u >= 100 {
			q := u / 100
			j := (u - q*100) * 2
			i -= 2
			b[i], b[i+1] = smallsString[j], smallsString[j+1]
			u = q
		}
		if u >= 10 {
			i -= 2
			b[i], b[i+1] = smallsString[u*2], smallsString[u*2+1]
		} else {
			i--
			b[i] = byte(u) + '0'
		}
	} else {
		d := uint64(base)
		for u >= d {
			q := u / d
			i--
			b[i] = digits[u-q*d]
			u = q
		}
		i--
		b[i] = digits[u]
	}
	if neg {
		b[i-1] = '-'
	}
}
