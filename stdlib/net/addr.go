package net

import "strconv"

// Addr is a network end point address.
type Addr interface {
	Network() string // "tcp", "udp"
	String() string  // "127.0.0.1:80", "[::1]:80"
}

// TCPAddr is the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return hostPortString(a.IP, a.Zone, a.Port)
}

// UDPAddr is the address of a UDP end point.
type UDPAddr struct {
	IP   IP
	Port int
	Zone string
}

func (a *UDPAddr) Network() string { return "udp" }

func (a *UDPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return hostPortString(a.IP, a.Zone, a.Port)
}

func hostPortString(ip IP, zone string, port int) string {
	host := ""
	if len(ip) > 0 {
		host = ip.String()
	}
	if zone != "" {
		host += "%" + zone
	}
	return JoinHostPort(host, strconv.Itoa(port))
}

// opAddr gives nil (not a typed nil pointer) for a nil address, for OpError.
func (a *TCPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

func (a *UDPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

// JoinHostPort combines host and port into "host:port", bracketing a host
// that holds a colon (an IPv6 literal): "[::1]:80".
func JoinHostPort(host, port string) string {
	for i := 0; i < len(host); i++ {
		if host[i] == ':' {
			return "[" + host + "]:" + port
		}
	}
	return host + ":" + port
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// SplitHostPort splits "host:port", "host%zone:port", "[host]:port" or
// "[host%zone]:port" into host (or host%zone) and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	bad := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	colon := lastIndexByte(hostport, ':')
	if colon < 0 {
		return bad("missing port in address")
	}
	open, close := 0, 0 // where brackets may no longer appear
	if hostport[0] == '[' {
		end := indexByte(hostport, ']')
		if end < 0 {
			return bad("missing ']' in address")
		}
		if end+1 == len(hostport) {
			return bad("missing port in address")
		}
		if end+1 != colon {
			if hostport[end+1] == ':' {
				return bad("too many colons in address")
			}
			return bad("missing port in address")
		}
		host = hostport[1:end]
		open, close = 1, end+1
	} else {
		host = hostport[:colon]
		if indexByte(host, ':') >= 0 {
			return bad("too many colons in address")
		}
	}
	if indexByte(hostport[open:], '[') >= 0 {
		return bad("unexpected '[' in address")
	}
	if indexByte(hostport[close:], ']') >= 0 {
		return bad("unexpected ']' in address")
	}
	return host, hostport[colon+1:], nil
}

// parsePort reads a decimal port; names of services are not looked up.
func parsePort(network, service string) (int, error) {
	if service == "" {
		return 0, nil
	}
	n, digits := 0, true
	for i := 0; i < len(service); i++ {
		c := service[i]
		if i == 0 && (c == '+' || c == '-') && len(service) > 1 {
			continue
		}
		if c < '0' || c > '9' {
			digits = false
			break
		}
		if n < 1<<20 {
			n = n*10 + int(c-'0')
		}
	}
	if !digits {
		return 0, &AddrError{Err: "unknown port", Addr: network + "/" + service}
	}
	if service[0] == '-' || n > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return n, nil
}

// afnet is the family part of a network name: 0 any, 4 or 6.
func afnet(network string) int {
	switch network[len(network)-1] {
	case '4':
		return 4
	case '6':
		return 6
	}
	return 0
}

// resolveHost turns a numeric host (or "", or localhost) into an IP for
// the network's family.  nil with no error means the wildcard.
func resolveHost(network, host string) (IP, string, error) {
	if host == "" {
		return nil, "", nil
	}
	zone := ""
	if i := lastIndexByte(host, '%'); i >= 0 {
		host, zone = host[:i], host[i+1:]
	}
	ip := ParseIP(host)
	if ip == nil {
		if host == "localhost" {
			if afnet(network) == 6 {
				ip = IPv6loopback
			} else {
				ip = IPv4(127, 0, 0, 1)
			}
		} else {
			return nil, "", &DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
	}
	if zone != "" && ip.To4() != nil {
		return nil, "", &DNSError{Err: "no such host", Name: host + "%" + zone, IsNotFound: true}
	}
	switch afnet(network) {
	case 4:
		if ip.To4() == nil {
			return nil, "", &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
		}
	case 6:
		if ip.To4() != nil {
			return nil, "", &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
		}
	}
	return ip, zone, nil
}

func resolveHostPort(network, address string) (IP, int, string, error) {
	host, service, err := SplitHostPort(address)
	if err != nil {
		return nil, 0, "", err
	}
	port, err := parsePort(network, service)
	if err != nil {
		return nil, 0, "", err
	}
	ip, zone, err := resolveHost(network, host)
	if err != nil {
		return nil, 0, "", err
	}
	return ip, port, zone, nil
}

// ResolveTCPAddr returns an address of a TCP end point ("tcp", "tcp4" or
// "tcp6"); the host must be an IP literal, empty, or localhost.
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "":
		network = "tcp"
	default:
		return nil, UnknownNetworkError(network)
	}
	ip, port, zone, err := resolveHostPort(network, address)
	if err != nil {
		return nil, err
	}
	return &TCPAddr{IP: ip, Port: port, Zone: zone}, nil
}

// ResolveUDPAddr returns an address of a UDP end point.
func ResolveUDPAddr(network, address string) (*UDPAddr, error) {
	switch network {
	case "udp", "udp4", "udp6":
	case "":
		network = "udp"
	default:
		return nil, UnknownNetworkError(network)
	}
	ip, port, zone, err := resolveHostPort(network, address)
	if err != nil {
		return nil, err
	}
	return &UDPAddr{IP: ip, Port: port, Zone: zone}, nil
}
