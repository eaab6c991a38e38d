package strconv

// Fixed-precision formatting ('e', 'f', 'g' with prec >= 0) without the
// 800-digit decimal: when the binary point of mant*2^e2 lies within 60 bits
// of mant (about 2^-8 <= |v| < 2^64) the exact digits come out of 64-bit
// integer arithmetic, integer part by division and fraction by repeated
// multiplication by 10.  Only the digits up to the rounding position are
// produced; a sticky flag records whether anything nonzero follows, which is
// all round-half-to-even on the exact value needs.  The result is the exact
// decimal path's digit for digit (same rounding, same trailing-zero trim).
//
// The (at most 19) digits are kept as one integer D, not in a local array
// (gosub heap-allocates a sliced local array); the output is sized first,
// pre-filled with '0' and the digits written into it by index.

// pow10u64[i] = 10^i.
var pow10u64 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

func fixedFtoa(dst []byte, neg bool, mant uint64, e2 int, fmt byte, prec int) ([]byte, bool) {
	switch fmt {
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return dst, false
	}
	if prec == 0 && (fmt == 'g' || fmt == 'G') {
		prec = 1
	}
	var d uint64 // the digits: 0.d × 10^dp, nd of them
	nd, dp := 0, 0
	if mant != 0 {
		var ip, frac, mask uint64
		var k uint
		switch {
		case e2 >= 0:
			if e2 > 10 { // mant < 2^53: mant<<10 fits
				return dst, false
			}
			ip = mant << uint(e2)
		case e2 >= -60:
			k = uint(-e2)
			ip = mant >> k
			mask = uint64(1)<<k - 1
			frac = mant & mask // frac < 2^60: frac*10 cannot overflow
		default:
			return dst, false
		}
		m := 0
		for v := ip; v > 0; v /= 10 {
			m++
		}
		dp = m
		if ip == 0 {
			for (frac*10)>>k == 0 { // leading zeros of the fraction
				frac *= 10
				dp--
			}
		}
		// r: the digit count genericFtoa's d.round keeps.
		r := 0
		switch fmt {
		case 'e', 'E':
			r = prec + 1
		case 'f':
			r = dp + prec
		default:
			r = prec
		}
		want := r + 1 // the kept digits and the rounding digit
		if want < 1 {
			want = 1
		}
		if want > 19 {
			return dst, false
		}
		sticky := false
		if m > want {
			p := pow10u64[m-want]
			d = ip / p
			nd = want
			sticky = ip-d*p != 0 || frac != 0
		} else {
			d = ip
			nd = m
			for nd < want && frac != 0 {
				frac *= 10
				d = d*10 + frac>>k
				frac &= mask
				nd++
			}
			sticky = frac != 0
		}
		if !sticky {
			for nd > 0 && d%10 == 0 {
				d /= 10
				nd--
			}
		}
		if r < 0 {
			nd = 0 // 'f' rounding before the first digit: the output is all zeros
		} else if r < nd { // then nd == r+1
			c := d % 10
			d /= 10
			nd = r
			if c > 5 || c == 5 && (sticky || r > 0 && d%2 == 1) {
				d++
				if d == pow10u64[r] { // carried out of all nines: 10^r
					d, nd = 1, 1
					dp++
				}
			}
			for nd > 0 && d%10 == 0 {
				d /= 10
				nd--
			}
			if nd == 0 {
				dp = 0
			}
		}
	}
	switch fmt {
	case 'e', 'E':
		return fmtEInt(dst, neg, d, nd, dp, prec, fmt), true
	case 'f':
		return fmtFInt(dst, neg, d, nd, dp, prec), true
	}
	// %g: formatDigits' choice for a given precision.
	eprec := prec
	if eprec > nd && nd >= dp {
		eprec = nd
	}
	if exp := dp - 1; exp < -4 || exp >= eprec {
		if prec > nd {
			prec = nd
		}
		return fmtEInt(dst, neg, d, nd, dp, prec-1, fmt+'e'-'g'), true
	}
	if prec > dp {
		prec = nd
	}
	p := prec - dp
	if p < 0 {
		p = 0
	}
	return fmtFInt(dst, neg, d, nd, dp, p), true
}

// growZeros appends n '0' bytes to dst.
func growZeros(dst []byte, n int) []byte {
	for n > len(zeros) {
		dst = append(dst, zeros...)
		n -= len(zeros)
	}
	return append(dst, zeros[:n]...)
}

// putDigits writes the n low decimal digits of v to b, ending before b[end].
func putDigits(b []byte, end int, v uint64, n int) {
	for i := end - 1; i >= end-n; i-- {
		q := v / 10
		b[i] = byte(v-q*10) + '0'
		v = q
	}
}

// fmtEInt is fmtE for the digits in d (all of them fit: nd <= prec+1).
func fmtEInt(dst []byte, neg bool, d uint64, nd, dp, prec int, fmt byte) []byte {
	exp := dp - 1
	if nd == 0 {
		exp = 0
	}
	n := 1 + 4
	if neg {
		n++
	}
	if prec > 0 {
		n += 1 + prec
	}
	if exp >= 100 || exp <= -100 {
		n++
	}
	w := len(dst)
	dst = growZeros(dst, n)
	if neg {
		dst[w] = '-'
		w++
	}
	if nd > 0 {
		lead := pow10u64[nd-1]
		dst[w] = byte(d/lead) + '0'
		putDigits(dst, w+nd+1, d%lead, nd-1)
	}
	w++
	if prec > 0 {
		dst[w] = '.'
		w += 1 + prec
	}
	dst[w] = fmt
	w++
	if exp < 0 {
		dst[w] = '-'
		exp = -exp
	} else {
		dst[w] = '+'
	}
	w++
	if exp < 100 {
		dst[w], dst[w+1] = byte(exp/10)+'0', byte(exp%10)+'0'
	} else {
		dst[w], dst[w+1], dst[w+2] = byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0'
	}
	return dst
}

// fmtFInt is fmtF for the digits in d (all of them fit: nd <= dp+prec).
func fmtFInt(dst []byte, neg bool, d uint64, nd, dp, prec int) []byte {
	n := 1
	if dp > 0 {
		n = dp
	}
	if neg {
		n++
	}
	if prec > 0 {
		n += 1 + prec
	}
	w := len(dst)
	dst = growZeros(dst, n)
	if neg {
		dst[w] = '-'
		w++
	}
	switch {
	case nd == 0:
	case dp >= nd:
		putDigits(dst, w+nd, d, nd)
	case dp > 0: // digits on both sides of the point
		p := pow10u64[nd-dp]
		putDigits(dst, w+dp, d/p, dp)
		putDigits(dst, w+nd+1, d%p, nd-dp)
	default: // 0.000ddd
		putDigits(dst, w+2-dp+nd, d, nd)
	}
	if prec > 0 {
		if dp > 0 {
			dst[w+dp] = '.'
		} else {
			dst[w+1] = '.'
		}
	}
	return dst
}
