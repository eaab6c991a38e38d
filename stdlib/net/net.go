// Package net provides TCP and UDP sockets over IPv4 and IPv6 (gosub
// standard library).  Every socket is non-blocking and registered with the
// runtime's netpoller: a goroutine whose Read, Write, Accept or Dial would
// block parks until the descriptor is ready, its deadline passes or
// another goroutine closes it.  Hosts are IP literals or localhost; names
// are not resolved.
package net

import (
	"io"
	"os"
	"time"
)

// Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// PacketConn is a generic packet-oriented network connection.
type PacketConn interface {
	ReadFrom(p []byte) (n int, addr Addr, err error)
	WriteTo(p []byte, addr Addr) (n int, err error)
	Close() error
	LocalAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

var errInvalid = os.Errno(22) // EINVAL, for methods on a nil connection

// conn is what TCPConn and UDPConn share.
type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

// Read reads data from the connection; io.EOF at the end of a stream.
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	n, err := c.fd.Read(b)
	if err != nil && err != io.EOF {
		err = c.opError("read", err)
	}
	return n, err
}

// opError wraps err for the connection.  Out of line: Read and Write stay
// small, so a goroutine parked in Read fits its first stack segment.
func (c *conn) opError(op string, err error) error {
	return &OpError{Op: op, Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
}

// Write writes data to the connection.
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = c.opError("write", err)
	}
	return n, err
}

// Close closes the connection; blocked reads and writes return ErrClosed.
func (c *conn) Close() error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.Close(); err != nil {
		return c.opError("close", err)
	}
	return nil
}

// LocalAddr returns the local network address.
func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

// RemoteAddr returns the remote network address.
func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

func (c *conn) setDeadline(t time.Time, mode int) error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.setDeadline(t, mode); err != nil {
		return &OpError{Op: "set", Net: c.fd.net, Source: nil, Addr: c.fd.laddr, Err: err}
	}
	return nil
}

// SetDeadline sets the read and write deadlines; the zero Time clears them.
// Calls past a deadline fail with an error wrapping os.ErrDeadlineExceeded.
func (c *conn) SetDeadline(t time.Time) error { return c.setDeadline(t, 'r'+'w') }

// SetReadDeadline sets the deadline for Read calls, present and future.
func (c *conn) SetReadDeadline(t time.Time) error { return c.setDeadline(t, 'r') }

// SetWriteDeadline sets the deadline for Write calls, present and future.
func (c *conn) SetWriteDeadline(t time.Time) error { return c.setDeadline(t, 'w') }

// Listen announces on the local network address ("tcp", "tcp4", "tcp6").
// An empty host or port 0 listens on every address or a chosen port.
func Listen(network, address string) (Listener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "udp", "udp4", "udp6":
		ua, err := ResolveUDPAddr(network, address)
		if err != nil {
			return nil, &OpError{Op: "listen", Net: network, Err: err}
		}
		return nil, &OpError{Op: "listen", Net: network, Addr: ua, Err: &AddrError{Err: "unexpected address type", Addr: address}}
	default:
		return nil, &OpError{Op: "listen", Net: network, Err: UnknownNetworkError(network)}
	}
	la, err := ResolveTCPAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	l, err := ListenTCP(network, la)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ListenPacket announces on the local network address ("udp", "udp4", "udp6").
func ListenPacket(network, address string) (PacketConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	case "tcp", "tcp4", "tcp6":
		ta, err := ResolveTCPAddr(network, address)
		if err != nil {
			return nil, &OpError{Op: "listen", Net: network, Err: err}
		}
		return nil, &OpError{Op: "listen", Net: network, Addr: ta, Err: &AddrError{Err: "unexpected address type", Addr: address}}
	default:
		return nil, &OpError{Op: "listen", Net: network, Err: UnknownNetworkError(network)}
	}
	la, err := ResolveUDPAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	c, err := ListenUDP(network, la)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Dial connects to the address on the named network ("tcp", "tcp4",
// "tcp6", "udp", "udp4", "udp6").
func Dial(network, address string) (Conn, error) {
	return dial(network, address, time.Time{})
}

// DialTimeout acts like Dial but gives up after timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	var d time.Time
	if timeout > 0 {
		d = time.Now().Add(timeout)
	}
	return dial(network, address, d)
}

// A Dialer holds options for connecting to an address.
type Dialer struct {
	Timeout   time.Duration
	Deadline  time.Time
	LocalAddr Addr
}

// Dial connects to the address on the named network.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	dl := d.Deadline
	if d.Timeout > 0 {
		t := time.Now().Add(d.Timeout)
		if dl.IsZero() || t.Before(dl) {
			dl = t
		}
	}
	return dialFrom(network, address, d.LocalAddr, dl)
}

func dial(network, address string, deadline time.Time) (Conn, error) {
	return dialFrom(network, address, nil, deadline)
}

func dialFrom(network, address string, local Addr, deadline time.Time) (Conn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
		ra, err := ResolveTCPAddr(network, address)
		if err != nil {
			return nil, &OpError{Op: "dial", Net: network, Source: local, Err: err}
		}
		la, _ := local.(*TCPAddr)
		c, err := dialTCP(network, la, ra, deadline)
		if err != nil {
			return nil, err
		}
		return c, nil
	case "udp", "udp4", "udp6":
		ra, err := ResolveUDPAddr(network, address)
		if err != nil {
			return nil, &OpError{Op: "dial", Net: network, Source: local, Err: err}
		}
		la, _ := local.(*UDPAddr)
		c, err := DialUDP(network, la, ra)
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	return nil, &OpError{Op: "dial", Net: network, Source: local, Err: UnknownNetworkError(network)}
}
