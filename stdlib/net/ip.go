package net

import "strconv"

// IP address lengths (bytes).
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address: 4 bytes (IPv4) or 16 bytes (IPv6, or IPv4
// in its ::ffff:a.b.c.d form).
type IP []byte

// An IPMask is a bitmask for an IP address.
type IPMask []byte

var v4prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 returns the 16-byte form of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, v4prefix)
	p[12], p[13], p[14], p[15] = a, b, c, d
	return p
}

// Well-known addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255)
	IPv4allsys    = IPv4(224, 0, 0, 1)
	IPv4allrouter = IPv4(224, 0, 0, 2)
	IPv4zero      = IPv4(0, 0, 0, 0)

	IPv6zero        = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback    = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
)

func isV4InV6(ip IP) bool {
	if len(ip) != IPv6len {
		return false
	}
	for i := 0; i < 12; i++ {
		if ip[i] != v4prefix[i] {
			return false
		}
	}
	return true
}

// To4 returns the 4-byte form of an IPv4 address, or nil.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if isV4InV6(ip) {
		return ip[12:16]
	}
	return nil
}

// To16 returns the 16-byte form of ip, or nil if ip has neither length.
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// IsUnspecified reports whether ip is 0.0.0.0 or ::.
func (ip IP) IsUnspecified() bool {
	return ip.Equal(IPv4zero) || ip.Equal(IPv6unspecified)
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	return ip.Equal(IPv6loopback)
}

// Equal reports whether ip and x are the same address (an IPv4 address
// equals its 16-byte form).
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return string(ip) == string(x)
	}
	if len(ip) == IPv4len && len(x) == IPv6len {
		return isV4InV6(x) && string(x[12:]) == string(ip)
	}
	if len(ip) == IPv6len && len(x) == IPv4len {
		return isV4InV6(ip) && string(ip[12:]) == string(x)
	}
	return false
}

// String returns the dotted decimal form of an IPv4 address, the RFC 5952
// form of an IPv6 address, "<nil>" for an empty IP and "?" followed by the
// hexadecimal bytes for an IP of another length.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if p4 := ip.To4(); len(p4) == IPv4len {
		return strconv.Itoa(int(p4[0])) + "." + strconv.Itoa(int(p4[1])) + "." +
			strconv.Itoa(int(p4[2])) + "." + strconv.Itoa(int(p4[3]))
	}
	if len(ip) != IPv6len {
		const hexdigits = "0123456789abcdef"
		b := make([]byte, 0, 1+2*len(ip))
		b = append(b, '?')
		for _, c := range ip {
			b = append(b, hexdigits[c>>4], hexdigits[c&15])
		}
		return string(b)
	}
	// The longest run of two or more zero groups (the first of equal
	// runs) becomes "::".
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if ip[2*i] != 0 || ip[2*i+1] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && ip[2*j] == 0 && ip[2*j+1] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i == best {
			b = append(b, ':', ':')
			i += bestLen - 1
			continue
		}
		if i > 0 && i != best+bestLen {
			b = append(b, ':')
		}
		b = strconv.AppendUint(b, uint64(ip[2*i])<<8|uint64(ip[2*i+1]), 16)
	}
	return string(b)
}

// ParseIP parses s as an IPv4 (dotted decimal) or IPv6 address; nil if it
// is neither.  IPv4 addresses come back in their 16-byte form.
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		}
	}
	return nil
}

func parseIPv4(s string) IP {
	var p [IPv4len]byte
	for i := 0; i < IPv4len; i++ {
		if i > 0 {
			if len(s) == 0 || s[0] != '.' {
				return nil
			}
			s = s[1:]
		}
		n, k := 0, 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			if k > 0 && s[0] == '0' {
				return nil // no leading zeros
			}
			n = n*10 + int(s[k]-'0')
			if n > 255 {
				return nil
			}
			k++
		}
		if k == 0 {
			return nil
		}
		p[i] = byte(n)
		s = s[k:]
	}
	if len(s) != 0 {
		return nil
	}
	return IPv4(p[0], p[1], p[2], p[3])
}

func hexval(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func parseIPv6(s string) IP {
	ip := make(IP, IPv6len)
	ellipsis := -1 // byte index where "::" stands
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip
		}
	}
	i := 0
	for i < IPv6len {
		n, k := 0, 0
		for k < len(s) && k < 5 && hexval(s[k]) >= 0 {
			n = n*16 + hexval(s[k])
			k++
		}
		if k == 0 || k > 4 {
			return nil
		}
		if k < len(s) && s[k] == '.' {
			// An embedded IPv4 address ends the string.
			if ellipsis < 0 && i != IPv6len-IPv4len || i+IPv4len > IPv6len {
				return nil
			}
			v4 := parseIPv4(s)
			if v4 == nil {
				return nil
			}
			copy(ip[i:], v4[12:])
			i += IPv4len
			s = ""
			break
		}
		ip[i], ip[i+1] = byte(n>>8), byte(n)
		i += 2
		s = s[k:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil
	}
	if i < IPv6len {
		if ellipsis < 0 {
			return nil
		}
		n := IPv6len - i
		for j := i - 1; j >= ellipsis; j-- {
			ip[j+n] = ip[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			ip[j] = 0
		}
	} else if ellipsis >= 0 {
		return nil // "::" must stand for at least one group
	}
	return ip
}
