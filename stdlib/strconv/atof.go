package strconv

import "math"

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses an optionally signed "inf"/"infinity" or "nan" (any case).
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		c = 'i'
	}
	switch c {
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// numParse holds a syntactically valid number: decimal digits in d (with
// d.dp counting the exponent), or for hex a 64-bit mantissa and binary exponent.
type numParse struct {
	d        decimal
	hex      bool
	mantissa uint64
	exp      int
	trunc    bool
}

// readFloat scans the longest prefix of s that is a number; returns its length
// (0 and false on a syntax error).
func readFloat(s string, p *numParse) (i int, ok bool) {
	underscores := false
	d := &p.d
	d.nd, d.dp, d.neg, d.trunc = 0, 0, false, false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		d.neg = true
		i++
	}
	base := 10
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		i += 2
		expChar = 'p'
		p.hex = true
	}
	sawdot := false
	sawdigits := false
	nd := 0     // digits seen (after leading zeros)
	ndMant := 0 // hex digits kept in mantissa
	dp := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		var v byte
		if '0' <= c && c <= '9' {
			v = c - '0'
		} else if base == 16 && 'a' <= lower(c) && lower(c) <= 'f' {
			v = lower(c) - 'a' + 10
		} else {
			break
		}
		sawdigits = true
		if base == 10 {
			if v == 0 && nd == 0 {
				dp-- // leading zero
				continue
			}
			nd++
			if d.nd < len(d.d) {
				d.d[d.nd] = c
				d.nd++
			} else if v != 0 {
				d.trunc = true
			}
			continue
		}
		if v == 0 && nd == 0 {
			dp--
			continue
		}
		nd++
		if ndMant < 16 {
			p.mantissa = p.mantissa<<4 | uint64(v)
			ndMant++
		} else if v != 0 {
			p.trunc = true
		}
	}
	if !sawdigits {
		return 0, false
	}
	if !sawdot {
		dp = nd
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return 0, false
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		if base == 16 {
			p.exp = e * esign
		} else {
			dp += e * esign
		}
	} else if base == 16 {
		return 0, false // hex mantissa needs a 'p' exponent
	}
	if base == 16 {
		// value = mantissa * 2^(4*(dp-ndMant)) * 2^exp
		p.exp += 4 * (dp - ndMant)
	} else {
		d.dp = dp
		d.trim()
	}
	if underscores && !underscoreOK(s[:i]) {
		return 0, false
	}
	return i, true
}

var powtab = []int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// floatBits converts the exact decimal d to the nearest float (ties to
// even) of the given format; overflow reports true and gives ±Inf.
func (d *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64

	if d.nd == 0 {
		mant = 0
		exp = flt.bias
		goto out
	}
	// Obvious overflow/underflow: 10^310 and 10^-330 are out of every range.
	if d.dp > 310 {
		goto overflow
	}
	if d.dp < -330 {
		mant = 0
		exp = flt.bias
		goto out
	}

	// Scale by powers of two until the value is in [1/2, 1).
	exp = 0
	for d.dp > 0 {
		var n int
		if d.dp >= len(powtab) {
			n = 27
		} else {
			n = powtab[d.dp]
		}
		d.shift(-n)
		exp += n
	}
	for d.dp < 0 || d.dp == 0 && d.d[0] < '5' {
		var n int
		if -d.dp >= len(powtab) {
			n = 27
		} else {
			n = powtab[-d.dp]
		}
		d.shift(n)
		exp -= n
	}
	// Now in [1/2, 1); the float form wants [1, 2).
	exp--

	// The smallest exponent: below it the number is denormal.
	if exp < flt.bias+1 {
		n := flt.bias + 1 - exp
		d.shift(-n)
		exp += n
	}
	if exp-flt.bias >= 1<<flt.expbits-1 {
		goto overflow
	}

	// Extract 1+mantbits bits, rounded.
	d.shift(int(1 + flt.mantbits))
	mant = d.roundedInteger()

	// Rounding may carry into a new bit.
	if mant == 2<<flt.mantbits {
		mant >>= 1
		exp++
		if exp-flt.bias >= 1<<flt.expbits-1 {
			goto overflow
		}
	}
	if mant&(1<<flt.mantbits) == 0 {
		exp = flt.bias // denormal
	}
	goto out

overflow:
	mant = 0
	exp = 1<<flt.expbits - 1 + flt.bias
	overflow = true

out:
	bits := mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if d.neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

// hexBits converts mantissa*2^exp to the nearest float of the given format.
func hexBits(flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (b uint64, overflow bool) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits) // mantissa is now read as 1.xxx * 2^exp once normalized

	// Normalize to exactly mantbits+3 bits (two guard bits), keeping a sticky bit.
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Denormals: shift right until the exponent is representable.
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Round half to even using the two guard bits.
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias
	}
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		overflow = true
	}
	bits := mantissa & (1<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if val, n, ok := special(s); ok {
		if bitSize == 32 {
			val = float64(float32(val))
		}
		return val, n, nil
	}
	p := new(numParse)
	n, ok := readFloat(s, p)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	var b uint64
	var ovf bool
	if p.hex {
		b, ovf = hexBits(flt, p.mantissa, p.exp, p.d.neg, p.trunc)
	} else {
		b, ovf = p.d.floatBits(flt)
	}
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(b)))
	} else {
		f = math.Float64frombits(b)
	}
	if ovf {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
// The result is the nearest floating-point number rounded using IEEE754
// unbiased rounding.
func ParseFloat(s string, bitSize int) (float64, error) {
	if f, ok := atofExact(s, bitSize); ok {
		return f, nil
	}
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

var float64pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}
var float32pow10 = [...]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// atofExact parses the common case without the 800-digit decimal: s is
// exactly [+-]digits[.digits][(e|E)[+-]digits] with at most 19 significant
// digits, whose value mant*10^e10 needs one floating-point operation on
// exact operands (mant and 10^|e10| both representable), which IEEE
// arithmetic rounds correctly.  ok is false for anything else (other
// syntax, errors, long or far-out numbers): the general path decides.
func atofExact(s string, bitSize int) (f float64, ok bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var mant uint64
	nd, e10 := 0, 0
	sawdot, sawdigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if sawdot {
				return 0, false
			}
			sawdot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawdigits = true
		if sawdot {
			e10--
		}
		if c == '0' && nd == 0 {
			continue // leading zero
		}
		if nd == 19 {
			return 0, false
		}
		mant = mant*10 + uint64(c-'0')
		nd++
	}
	if !sawdigits {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		esign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i == len(s) {
			return 0, false
		}
		e := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' || e > 10000 {
				return 0, false
			}
			e = e*10 + int(c-'0')
		}
		e10 += esign * e
	}
	if i != len(s) {
		return 0, false
	}
	if mant == 0 {
		e10 = 0
	}
	if bitSize == 32 {
		if mant>>24 != 0 {
			return 0, false
		}
		var g float32
		switch {
		case e10 < -10:
			return 0, false
		case e10 < 0:
			g = float32(mant) / float32pow10[-e10]
		default:
			for ; e10 > 10; e10-- { // move surplus powers into mant while exact
				mant *= 10
				if mant>>24 != 0 {
					return 0, false
				}
			}
			g = float32(mant) * float32pow10[e10]
		}
		if neg {
			g = -g
		}
		return float64(g), true
	}
	if mant>>53 != 0 {
		return 0, false
	}
	switch {
	case e10 < -22:
		return 0, false
	case e10 < 0:
		f = float64(mant) / float64pow10[-e10]
	default:
		for ; e10 > 22; e10-- {
			mant *= 10
			if mant>>53 != 0 {
				return 0, false
			}
		}
		f = float64(mant) * float64pow10[e10]
	}
	if neg {
		f = -f
	}
	return f, true
}
