package net

import "time"

// TCPConn is a TCP connection.
type TCPConn struct {
	conn
}

// SetNoDelay controls Nagle's algorithm (off by default: noDelay true).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	if !c.ok() {
		return errInvalid
	}
	v := 0
	if noDelay {
		v = 1
	}
	if err := c.fd.setInt(ipprotoTCP, tcpNodelay, v); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// SetKeepAlive sets whether the operating system sends keep-alive messages.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	if !c.ok() {
		return errInvalid
	}
	v := 0
	if keepalive {
		v = 1
	}
	if err := c.fd.setInt(solSocket, soKeepalive, v); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// CloseWrite shuts down the writing side: the peer reads io.EOF.
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.shutdown(shutWR); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// CloseRead shuts down the reading side.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.shutdown(shutRD); err != nil {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return nil
}

// DialTCP connects to raddr (binding laddr first if it is not nil).
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: nil, Err: errMissingAddress}
	}
	return dialTCP(network, laddr, raddr, time.Time{})
}

func dialTCP(network string, laddr, raddr *TCPAddr, deadline time.Time) (*TCPConn, error) {
	var lip IP
	var lport int
	var lzone string
	if laddr != nil {
		lip, lport, lzone = laddr.IP, laddr.Port, laddr.Zone
	}
	fd, err := dialFD(network, sockStream, lip, lport, lzone, raddr.IP, raddr.Port, raddr.Zone, deadline)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr, Err: err}
	}
	return &TCPConn{conn{fd}}, nil
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) ok() bool { return l != nil && l.fd != nil }

// ListenTCP announces on laddr (nil or an empty IP: every address; port 0:
// a port the system chooses).
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	fd, err := listenFD(network, sockStream, laddr.IP, laddr.Port, laddr.Zone)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr, Err: err}
	}
	return &TCPListener{fd}, nil
}

// AcceptTCP waits for and returns the next connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, errInvalid
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return &TCPConn{conn{fd}}, nil
}

// Accept waits for and returns the next connection.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening; a blocked Accept returns ErrClosed.
func (l *TCPListener) Close() error {
	if !l.ok() {
		return errInvalid
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr returns the listener's network address.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline of Accept.
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return errInvalid
	}
	if err := l.fd.setDeadline(t, 'r'+'w'); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}
