package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// buffer is the output being built.
type buffer []byte

func (b *buffer) write(p []byte)       { *b = append(*b, p...) }
func (b *buffer) writeString(s string) { *b = append(*b, s...) }
func (b *buffer) writeByte(c byte)     { *b = append(*b, c) }
func (b *buffer) writeRune(r rune)     { *b = utf8.AppendRune(*b, r) }

// fmtFlags are the flags of one formatting directive.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool

	// %+v and %#v are recorded separately: plus and sharp are cleared for %v.
	plusV  bool
	sharpV bool
}

// fmtState is the raw formatter used by Printf: it appends to buf.
type fmtState struct {
	buf *buffer
	fmtFlags
	wid  int
	prec int
	// intbuf is large enough to store %b of an int64 with a sign and
	// avoids padding at the end of the struct on 32 bit architectures.
	intbuf [68]byte
}

// clearflags resets the flags; like gc's fmt it keeps wid and prec, whose
// stale values a Formatter can observe through Width and Precision.
func (f *fmtState) clearflags() {
	f.fmtFlags = fmtFlags{}
}

// writePadding appends n bytes of padding (zeros or spaces).
func (f *fmtState) writePadding(n int) {
	if n <= 0 {
		return
	}
	padByte := byte(' ')
	if f.zero {
		padByte = byte('0')
	}
	b := *f.buf
	for i := 0; i < n; i++ {
		b = append(b, padByte)
	}
	*f.buf = b
}

// pad appends b, padded to the width on the left or right.
func (f *fmtState) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		f.buf.write(b)
	} else {
		f.buf.write(b)
		f.writePadding(width)
	}
}

// padString appends s, padded to the width.
func (f *fmtState) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		f.buf.writeString(s)
	} else {
		f.buf.writeString(s)
		f.writePadding(width)
	}
}

func (f *fmtState) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats a uint64 as "U+0078", or with the sharp flag as
// "U+0078 'x'" when the character is printable.
func (f *fmtState) fmtUnicode(u uint64) {
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	v := u
	var digs []byte
	for v >= 16 {
		digs = append(digs, udigits[v&0xF])
		prec--
		v >>= 4
	}
	digs = append(digs, udigits[v])
	prec--
	for prec > 0 {
		digs = append(digs, '0')
		prec--
	}
	out := make([]byte, 0, len(digs)+10)
	out = append(out, 'U', '+')
	for i := len(digs) - 1; i >= 0; i-- {
		out = append(out, digs[i])
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	oldZero := f.zero
	f.zero = false
	f.pad(out)
	f.zero = oldZero
}

// fmtInteger formats signed and unsigned integers.
func (f *fmtState) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	// Two ways to ask for extra leading zero digits: %.3d or %03d.
	// If both are specified the zero flag is ignored and spaces are used.
	prec := 0
	if f.precPresent {
		prec = f.prec
		// Precision 0 and value 0 means "print nothing" but padding.
		if prec == 0 && u == 0 {
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // leave room for sign
		}
	}

	// Format right to left into the scratch buffer (or a bigger one for
	// large widths and precisions).
	buf := f.intbuf[0:]
	if f.widPresent || f.precPresent {
		// Account 3 extra bytes for possible addition of a sign and "0x".
		width := 3 + f.wid + f.prec // wid and prec are always positive.
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			next := u / 10
			buf[i] = byte('0' + u - next*10)
			u = next
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}
	// Various prefixes: 0x, -, etc.
	if f.sharp {
		switch base {
		case 2:
			i--
			buf[i] = 'b'
			i--
			buf[i] = '0'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i--
			buf[i] = digits[16]
			i--
			buf[i] = '0'
		}
	}
	if verb == 'O' {
		i--
		buf[i] = 'o'
		i--
		buf[i] = '0'
	}
	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}
	out := buf[i:]
	// Left padding with zeros has already been handled like precision earlier
	// or the zero flag is ignored due to an explicit precision.
	oldZero := f.zero
	f.zero = false
	f.pad(out)
	f.zero = oldZero
}

// truncateString truncates s to the precision (in runes), if present.
func (f *fmtState) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate truncates b to the precision (in runes), if present.
func (f *fmtState) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (f *fmtState) fmtS(s string) {
	s = f.truncateString(s)
	f.padString(s)
}

func (f *fmtState) fmtBs(b []byte) {
	b = f.truncate(b)
	f.pad(b)
}

// fmtSbx formats a string or byte slice as a hexadecimal encoding of its bytes.
func (f *fmtState) fmtSbx(s string, b []byte, isBytes bool, digits string) {
	length := len(b)
	if !isBytes {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2
			}
			width += length - 1
		} else if f.sharp {
			width += 2
		}
	} else {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	buf := *f.buf
	if f.sharp {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			buf = append(buf, ' ')
			if f.sharp {
				buf = append(buf, '0', digits[16])
			}
		}
		var c byte
		if isBytes {
			c = b[i]
		} else {
			c = s[i]
		}
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	*f.buf = buf
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *fmtState) fmtSx(s, digits string) { f.fmtSbx(s, nil, false, digits) }

func (f *fmtState) fmtBx(b []byte, digits string) { f.fmtSbx("", b, true, digits) }

// fmtQ formats a string as a double-quoted, escaped Go string constant
// (backquoted with the sharp flag when possible).
func (f *fmtState) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		f.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC formats an integer as a Unicode character.
func (f *fmtState) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(nil, r))
}

// fmtQc formats an integer as a single-quoted, escaped Go character constant.
func (f *fmtState) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		f.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloat formats a float64 with strconv's verb and precision, then
// applies the flags.
func (f *fmtState) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	num := strconv.AppendFloat([]byte{0}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	// The space flag means a leading space instead of "+" unless plus is set.
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are not padded with zeros.
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	// The sharp flag forces a decimal point and keeps trailing zeros for %g.
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasDecimalPoint := false
		sawNonzeroDigit := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasDecimalPoint = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				sawNonzeroDigit = true
			}
			if sawNonzeroDigit {
				digits--
			}
		}
		if !hasDecimalPoint {
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	// A sign is wanted if asked for or if the number is negative.
	if f.plus || num[0] != '+' {
		// Zero padding goes between the sign and the digits.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
