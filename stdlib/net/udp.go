package net

import "time"

// UDPConn is a UDP socket, connected (DialUDP) or not (ListenUDP).
type UDPConn struct {
	conn
}

// ListenUDP binds a UDP socket to laddr (nil or an empty IP: every address;
// port 0: a port the system chooses).
func ListenUDP(network string, laddr *UDPAddr) (*UDPConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &UDPAddr{}
	}
	fd, err := listenFD(network, sockDgram, laddr.IP, laddr.Port, laddr.Zone)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr, Err: err}
	}
	return &UDPConn{conn{fd}}, nil
}

// DialUDP makes a UDP socket whose default peer is raddr.
func DialUDP(network string, laddr, raddr *UDPAddr) (*UDPConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: nil, Err: errMissingAddress}
	}
	var lip IP
	var lport int
	var lzone string
	if laddr != nil {
		lip, lport, lzone = laddr.IP, laddr.Port, laddr.Zone
	}
	fd, err := dialFD(network, sockDgram, lip, lport, lzone, raddr.IP, raddr.Port, raddr.Zone, time.Time{})
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr, Err: err}
	}
	return &UDPConn{conn{fd}}, nil
}

// ReadFromUDP reads a datagram into b and reports its sender.
func (c *UDPConn) ReadFromUDP(b []byte) (int, *UDPAddr, error) {
	if !c.ok() {
		return 0, nil, errInvalid
	}
	ipbuf := make([]byte, IPv6len)
	out := make([]int, 3)
	r := recvfrom(c.fd.pd, c.fd.sysfd, b, ipbuf, out)
	if r < 0 {
		err := codeError("recvfrom", r)
		return 0, nil, &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	var addr *UDPAddr
	switch out[0] {
	case afINET:
		addr = &UDPAddr{IP: IP(ipbuf[:IPv4len]), Port: out[1]}
	case afINET6:
		addr = &UDPAddr{IP: IP(ipbuf), Port: out[1]}
	}
	return r, addr, nil
}

// ReadFrom reads a datagram into b and reports its sender.
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUDP(b)
	if addr == nil {
		return n, nil, err
	}
	return n, addr, err
}

// WriteToUDP sends b as one datagram to addr.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	var err error
	if c.fd.connected {
		err = ErrWriteToConnected
	} else if addr == nil {
		err = errMissingAddress
	} else {
		f := c.fd.family
		r := sendto(c.fd.pd, c.fd.sysfd, b, f, sockIP(f, addr.IP), addr.Port, zoneIndex(addr.Zone))
		if r >= 0 {
			return r, nil
		}
		err = codeError("sendto", r)
	}
	return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr.opAddr(), Err: err}
}

// WriteTo sends b as one datagram to addr, which must be a *UDPAddr.
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: errInvalid}
	}
	return c.WriteToUDP(b, a)
}
