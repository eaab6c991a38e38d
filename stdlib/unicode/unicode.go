// Package unicode provides data and functions to test some properties of
// Unicode code points (gosub standard library; compact tables in tables.go).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange of alternating upper and lower case letters.
const UpperLower = MaxRune + 1

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points (any of them).
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set, sorted, 16-bit ones first.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// CaseRange represents a range of Unicode code points for simple case
// conversion; Delta holds the offsets to add for UpperCase, LowerCase and
// TitleCase (UpperLower for alternating pairs).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase represents language-specific case mappings (unused in gosub).
type SpecialCase []CaseRange

func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Latin-1 property bits.
const (
	pC     = 1 << iota // a control character.
	pP                 // a punctuation character.
	pN                 // a numeral.
	pS                 // a symbolic character.
	pZ                 // a spacing character.
	pLu                // an upper-case letter.
	pLl                // a lower-case letter.
	pp                 // a printable character according to Go's definition.
	pg     = pp | pZ   // a graphical character according to the Unicode definition.
	pLo    = pLl | pLu // a letter that is neither upper nor lower case.
	pLmask = pLo
)

func latin1(r rune) uint8 {
	c := uint32(r)
	switch {
	case c < 0x20 || (c >= 0x7F && c < 0xA0):
		return pC
	case c == ' ':
		return pZ | pp
	case c == 0xA0:
		return pZ
	case c >= '0' && c <= '9':
		return pN | pp
	case c >= 'A' && c <= 'Z':
		return pLu | pp
	case c >= 'a' && c <= 'z':
		return pLl | pp
	}
	switch c {
	case '$', '+', '<', '=', '>', '^', '`', '|', '~', 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7:
		return pS | pp
	case 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE:
		return pN | pp
	case 0xAA, 0xBA:
		return pLo | pp
	case 0xB5, 0xDF, 0xFF:
		return pLl | pp
	case 0xAD:
		return 0
	}
	if c >= 0xC0 && c <= 0xDE {
		return pLu | pp
	}
	if c >= 0xE0 && c <= 0xFE {
		return pLl | pp
	}
	if c < 0xC0 {
		return pP | pp
	}
	return 0
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask != 0
	}
	return Is(_L, r)
}

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(_Nd, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pN != 0
	}
	return Is(_N, r)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(_White_Space, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLu
	}
	return Is(_Lu, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLmask == pLl
	}
	return Is(_Ll, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(_Lt, r)
}

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pP != 0
	}
	return Is(_P, r)
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pS != 0
	}
	return Is(_S, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	return Is(_M, r)
}

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pC != 0
	}
	return false
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode
// (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pg != 0
	}
	return IsPrint(r) || Is(_Zs, r)
}

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols and the ASCII space character.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pp != 0
	}
	return Is(_L, r) || Is(_M, r) || Is(_N, r) ||
		Is(_P, r) || Is(_S, r)
}

// to maps the rune to the specified case.
func to(c int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if c < 0 || MaxCase <= c {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[c]
			if delta > MaxRune {
				// Alternating upper/lower pairs starting at Lo: the upper
				// case is the even offset, the lower the odd one.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(c int, r rune) rune {
	r, _ = to(c, r, CaseRanges)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(tabOrbit)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		a := rune(tabOrbit[2*m])
		if a == r {
			return rune(tabOrbit[2*m+1])
		}
		if r < a {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
