package net

import (
	"io"
	"os"
	"strconv"
	"time"
)

// Linux constants.
const (
	afINET      = 2
	afINET6     = 10
	sockStream  = 1
	sockDgram   = 2
	solSocket   = 1
	soReuseaddr = 2
	soBroadcast = 6
	soKeepalive = 9
	ipprotoTCP  = 6
	tcpNodelay  = 1
	ipprotoIPv6 = 41
	ipv6V6only  = 26
	shutRD      = 0
	shutWR      = 1
	listenQueue = 65535 // the kernel caps it at net.core.somaxconn
)

// A netFD is a socket registered with the runtime's netpoller.
type netFD struct {
	pd        *pollDesc
	sysfd     int
	family    int
	sotype    int
	net       string
	laddr     Addr
	raddr     Addr
	connected bool // a datagram socket with a default peer
}

// chooseFamily picks the socket family for a network and its addresses:
// the network's own if it says 4 or 6, a dual-stack IPv6 socket to listen
// on the wildcard, IPv4 when every address is IPv4 (or absent).
func chooseFamily(network string, wildListen bool, a, b IP) (family int, v6only bool) {
	switch afnet(network) {
	case 4:
		return afINET, false
	case 6:
		return afINET6, true
	}
	if wildListen {
		return afINET6, false
	}
	if (len(a) == 0 || a.To4() != nil) && (len(b) == 0 || b.To4() != nil) {
		return afINET, false
	}
	return afINET6, false
}

// sockIP is the address bytes of ip on a socket of the family.
func sockIP(family int, ip IP) []byte {
	if family == afINET {
		if ip4 := ip.To4(); ip4 != nil {
			return ip4
		}
		return make([]byte, IPv4len)
	}
	if len(ip) == 0 || ip.Equal(IPv4zero) {
		return make([]byte, IPv6len)
	}
	return ip.To16()
}

func zoneIndex(zone string) int {
	n, err := strconv.Atoi(zone)
	if err != nil {
		return 0
	}
	return n
}

// sockAddr reads the local (or peer) address of a socket as an Addr.
func (fd *netFD) sockAddr(peer bool) Addr {
	ipbuf := make([]byte, IPv6len)
	r := sockname(fd.sysfd, peer, ipbuf)
	family, scope, port := r>>48, r>>16&(1<<32-1), r&(1<<16-1)
	if r < 0 || family == 0 {
		return nil
	}
	var ip IP
	if family == afINET {
		ip = IP(ipbuf[:IPv4len])
	} else {
		ip = IP(ipbuf)
	}
	zone := ""
	if scope != 0 {
		zone = strconv.Itoa(scope)
	}
	if fd.sotype == sockDgram {
		return &UDPAddr{IP: ip, Port: port, Zone: zone}
	}
	return &TCPAddr{IP: ip, Port: port, Zone: zone}
}

// newSocket makes a socket and registers it with the netpoller.
func newSocket(network string, family, sotype int) (*netFD, error) {
	s := socket(family, sotype, 0)
	if s < 0 {
		return nil, os.NewSyscallError("socket", os.Errno(-s))
	}
	e := make([]int, 1)
	pd := pollOpen(s, e)
	if pd == nil {
		closefd(s)
		return nil, os.NewSyscallError("epollctl", os.Errno(e[0]))
	}
	return &netFD{pd: pd, sysfd: s, family: family, sotype: sotype, net: network}, nil
}

func (fd *netFD) setInt(level, opt, v int) error {
	if r := setsockoptInt(fd.sysfd, level, opt, v); r < 0 {
		return os.NewSyscallError("setsockopt", os.Errno(-r))
	}
	return nil
}

// listenFD makes a bound socket (and for streams, a listening one).
func listenFD(network string, sotype int, ip IP, port int, zone string) (*netFD, error) {
	family, v6only := chooseFamily(network, len(ip) == 0 || ip.IsUnspecified(), ip, nil)
	fd, err := newSocket(network, family, sotype)
	if err != nil {
		return nil, err
	}
	if family == afINET6 {
		v := 0
		if v6only {
			v = 1
		}
		if err := fd.setInt(ipprotoIPv6, ipv6V6only, v); err != nil {
			fd.Close()
			return nil, err
		}
	}
	if sotype == sockStream {
		err = fd.setInt(solSocket, soReuseaddr, 1)
	} else {
		err = fd.setInt(solSocket, soBroadcast, 1)
	}
	if err != nil {
		fd.Close()
		return nil, err
	}
	if r := bind(fd.sysfd, family, sockIP(family, ip), port, zoneIndex(zone)); r < 0 {
		fd.Close()
		return nil, os.NewSyscallError("bind", os.Errno(-r))
	}
	if sotype == sockStream {
		if r := listen(fd.sysfd, listenQueue); r < 0 {
			fd.Close()
			return nil, os.NewSyscallError("listen", os.Errno(-r))
		}
	}
	fd.laddr = fd.sockAddr(false)
	return fd, nil
}

// dialFD connects a new socket to raddr (binding laddr first if given);
// a deadline bounds the connect.
func dialFD(network string, sotype int, lip IP, lport int, lzone string, rip IP, rport int, rzone string, deadline time.Time) (*netFD, error) {
	family, v6only := chooseFamily(network, false, lip, rip)
	fd, err := newSocket(network, family, sotype)
	if err != nil {
		return nil, err
	}
	if family == afINET6 && v6only {
		if err := fd.setInt(ipprotoIPv6, ipv6V6only, 1); err != nil {
			fd.Close()
			return nil, err
		}
	}
	if sotype == sockDgram {
		if err := fd.setInt(solSocket, soBroadcast, 1); err != nil {
			fd.Close()
			return nil, err
		}
	}
	if lip != nil || lport != 0 {
		if r := bind(fd.sysfd, family, sockIP(family, lip), lport, zoneIndex(lzone)); r < 0 {
			fd.Close()
			return nil, os.NewSyscallError("bind", os.Errno(-r))
		}
	}
	if !deadline.IsZero() {
		fd.setDeadline(deadline, 'w')
	}
	r := connect(fd.pd, fd.sysfd, family, sockIP(family, rip), rport, zoneIndex(rzone))
	if r < 0 {
		fd.Close()
		return nil, codeError("connect", r)
	}
	if !deadline.IsZero() {
		fd.setDeadline(time.Time{}, 'w')
	}
	if sotype == sockStream {
		fd.setInt(ipprotoTCP, tcpNodelay, 1)
	} else {
		fd.connected = true
	}
	fd.laddr = fd.sockAddr(false)
	fd.raddr = fd.sockAddr(true)
	return fd, nil
}

func (fd *netFD) accept() (*netFD, error) {
	s := accept(fd.pd, fd.sysfd)
	if s < 0 {
		return nil, codeError("accept", s)
	}
	e := make([]int, 1)
	pd := pollOpen(s, e)
	if pd == nil {
		closefd(s)
		return nil, os.NewSyscallError("epollctl", os.Errno(e[0]))
	}
	nfd := &netFD{pd: pd, sysfd: s, family: fd.family, sotype: fd.sotype, net: fd.net}
	nfd.setInt(ipprotoTCP, tcpNodelay, 1)
	nfd.laddr = nfd.sockAddr(false)
	nfd.raddr = nfd.sockAddr(true)
	return nfd, nil
}

func (fd *netFD) Read(b []byte) (int, error) {
	r := read(fd.pd, fd.sysfd, b)
	if r < 0 {
		return 0, codeError("read", r)
	}
	if r == 0 && len(b) > 0 && fd.sotype == sockStream {
		return 0, io.EOF
	}
	return r, nil
}

func (fd *netFD) Write(b []byte) (int, error) {
	r := write(fd.pd, fd.sysfd, b)
	if r < 0 {
		return -r >> 20, codeError("write", -(-r & (1<<20 - 1)))
	}
	return r, nil
}

func (fd *netFD) Close() error {
	if r := pollClose(fd.pd); r != 0 {
		return codeError("close", r)
	}
	return nil
}

func (fd *netFD) shutdown(how int) error {
	if r := shutdown(fd.pd, fd.sysfd, how); r < 0 {
		return codeError("shutdown", r)
	}
	return nil
}

// setDeadline sets the deadline of mode 'r', 'w' or 'r'+'w'.
func (fd *netFD) setDeadline(t time.Time, mode int) error {
	var d int64
	set := !t.IsZero()
	if set {
		d = int64(time.Until(t))
		if d <= 0 {
			d = -1
		}
	}
	if r := deadline(fd.pd, d, set, mode); r < 0 {
		return codeError("set", r)
	}
	return nil
}
