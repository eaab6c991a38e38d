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
// The digits live in a fixed array that is indexed, never sliced: a sliced
// local array is heap-allocated by gosub, and this path must not allocate.

const digsMax = 24

func fixedFtoa(dst []byte, neg bool, mant uint64, e2 int, fmt byte, prec int) ([]byte, bool) {
	switch fmt {
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return dst, false
	}
	var digs [digsMax]byte
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
		for i, v := m-1, ip; i >= 0; i-- {
			digs[i] = byte(v%10) + '0'
			v /= 10
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
			if prec == 0 {
				prec = 1
			}
			r = prec
		}
		want := r + 1 // the kept digits and the rounding digit
		if want < 1 {
			want = 1
		}
		if want > digsMax {
			return dst, false
		}
		sticky := false
		if m > want {
			for i := want; i < m; i++ {
				if digs[i] != '0' {
					sticky = true
				}
			}
			nd = want
			sticky = sticky || frac != 0
		} else {
			nd = m
			for nd < want && frac != 0 {
				frac *= 10
				digs[nd] = byte(frac>>k) + '0'
				frac &= mask
				nd++
			}
			sticky = frac != 0
		}
		if !sticky {
			for nd > 0 && digs[nd-1] == '0' {
				nd--
			}
		}
		if 0 <= r && r < nd {
			c := digs[r]
			up := c > '5' || c == '5' && (sticky || r > 0 && (digs[r-1]-'0')%2 == 1)
			if up {
				i := r - 1
				for i >= 0 && digs[i] == '9' {
					i--
				}
				if i < 0 {
					digs[0] = '1'
					nd = 1
					dp++
				} else {
					digs[i]++
					nd = i + 1
				}
			} else {
				nd = r
				for nd > 0 && digs[nd-1] == '0' {
					nd--
				}
				if nd == 0 {
					dp = 0
				}
			}
		}
	}
	return formatDigitsArr(dst, neg, digs, nd, dp, prec, fmt), true
}

// formatDigitsArr, fmtEArr and fmtFArr are formatDigits, fmtE and fmtF
// (fixed precision) for digits in an array 0.digs[:nd] × 10^dp.
func formatDigitsArr(dst []byte, neg bool, digs [digsMax]byte, nd, dp, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtEArr(dst, neg, digs, nd, dp, prec, fmt)
	case 'f':
		return fmtFArr(dst, neg, digs, nd, dp, prec)
	}
	eprec := prec
	if eprec > nd && nd >= dp {
		eprec = nd
	}
	exp := dp - 1
	if exp < -4 || exp >= eprec {
		if prec > nd {
			prec = nd
		}
		return fmtEArr(dst, neg, digs, nd, dp, prec-1, fmt+'e'-'g')
	}
	if prec > dp {
		prec = nd
	}
	p := prec - dp
	if p < 0 {
		p = 0
	}
	return fmtFArr(dst, neg, digs, nd, dp, p)
}

func fmtEArr(dst []byte, neg bool, digs [digsMax]byte, nd, dp, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	ch := byte('0')
	if nd != 0 {
		ch = digs[0]
	}
	dst = append(dst, ch)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			if i < nd {
				dst = append(dst, digs[i])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	dst = append(dst, fmt)
	exp := dp - 1
	if nd == 0 {
		exp = 0
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	switch {
	case exp < 10:
		dst = append(dst, '0', byte(exp)+'0')
	case exp < 100:
		dst = append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	default:
		dst = append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
	}
	return dst
}

func fmtFArr(dst []byte, neg bool, digs [digsMax]byte, nd, dp, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if dp > 0 {
		for i := 0; i < dp; i++ {
			if i < nd {
				dst = append(dst, digs[i])
			} else {
				dst = append(dst, '0')
			}
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			ch := byte('0')
			if j := dp + i; 0 <= j && j < nd {
				ch = digs[j]
			}
			dst = append(dst, ch)
		}
	}
	return dst
}
