package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// FormatUint returns the string representation of i in the given base (2 <= base <= 36).
func FormatUint(i uint64, base int) string {
	return string(AppendUint(nil, i, base))
}

// FormatInt returns the string representation of i in the given base (2 <= base <= 36).
func FormatInt(i int64, base int) string {
	return string(AppendInt(nil, i, base))
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
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

func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	b := uint64(base)
	for u >= b {
		q := u / b
		i--
		a[i] = digits[u-q*b]
		u = q
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}
