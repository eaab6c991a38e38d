package strconv

// A decimal is an exact multi-precision decimal number used by the float
// conversions: value = 0.d[0]d[1]...d[nd-1] * 10^dp.  Digits are ASCII;
// trailing zeros are never stored (nd == 0 means zero).
type decimal struct {
	d     [800]byte
	nd    int
	dp    int
	neg   bool
	trunc bool // nonzero digits were discarded past the end of d
}

func (a *decimal) String() string {
	var b []byte
	switch {
	case a.nd == 0:
		return "0"
	case a.dp <= 0:
		b = append(b, '0', '.')
		for i := a.dp; i < 0; i++ {
			b = append(b, '0')
		}
		b = append(b, a.d[:a.nd]...)
	case a.dp < a.nd:
		b = append(b, a.d[:a.dp]...)
		b = append(b, '.')
		b = append(b, a.d[a.dp:a.nd]...)
	default:
		b = append(b, a.d[:a.nd]...)
		for i := a.nd; i < a.dp; i++ {
			b = append(b, '0')
		}
	}
	return string(b)
}

// trim drops trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// assign sets a to the unsigned integer v.
func (a *decimal) assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10) + '0'
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// maxShift is the largest shift done in one pass (digit*2^k + carry must fit in uint64).
const maxShift = 60

// rightShift divides a by 2^k (k <= maxShift).
func (a *decimal) rightShift(k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	// Read until the accumulated value reaches 2^k.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		dig := n >> k
		n &= mask
		a.d[w] = byte(dig + '0')
		w++
		n = n*10 + c
	}
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n = n * 10
	}
	a.nd = w
	a.trim()
}

// leftShift multiplies a by 2^k (k <= maxShift), in place: a first pass
// finds the carry out of the top digit (so the number of new digits), a
// second writes the product right to left, digit r landing at r+delta, a
// position already read.  (A scratch array would be heap-allocated.)
func (a *decimal) leftShift(k uint) {
	var n uint64
	for r := a.nd - 1; r >= 0; r-- {
		n = (n + uint64(a.d[r]-'0')<<k) / 10
	}
	delta := 0
	for ; n > 0; n /= 10 {
		delta++
	}
	w := a.nd + delta - 1
	for r := a.nd - 1; r >= 0; r-- {
		n += uint64(a.d[r]-'0') << k
		q := n / 10
		if w < len(a.d) {
			a.d[w] = byte(n-q*10) + '0'
		} else if n-q*10 != 0 {
			a.trunc = true
		}
		w--
		n = q
	}
	for ; n > 0; w-- {
		q := n / 10
		a.d[w] = byte(n-q*10) + '0'
		n = q
	}
	a.nd += delta
	if a.nd > len(a.d) {
		a.nd = len(a.d)
	}
	a.dp += delta
	a.trim()
}

// shift multiplies a by 2^k (k may be negative).
func (a *decimal) shift(k int) {
	switch {
	case a.nd == 0:
	case k > 0:
		for k > maxShift {
			a.leftShift(maxShift)
			k -= maxShift
		}
		a.leftShift(uint(k))
	case k < 0:
		for k < -maxShift {
			a.rightShift(maxShift)
			k += maxShift
		}
		a.rightShift(uint(-k))
	}
}

// shouldRoundUp reports whether rounding to nd digits must round up
// (round half to even when exactly halfway).
func shouldRoundUp(a *decimal, nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits (or fewer).
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: becomes 1 with a higher exponent.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns the integer part of a, rounded half to even.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if shouldRoundUp(a, a.dp) {
		n++
	}
	return n
}

// cmpDecimal compares two non-negative decimals.
func cmpDecimal(a, b *decimal) int {
	if a.nd == 0 || b.nd == 0 {
		switch {
		case a.nd == 0 && b.nd == 0:
			return 0
		case a.nd == 0:
			return -1
		}
		return 1
	}
	if a.dp != b.dp {
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	n := a.nd
	if b.nd > n {
		n = b.nd
	}
	for i := 0; i < n; i++ {
		x, y := byte('0'), byte('0')
		if i < a.nd {
			x = a.d[i]
		}
		if i < b.nd {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
