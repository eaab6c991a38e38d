// Address families: a "tcp" listener on the wildcard is dual-stack ([::]),
// reached over IPv4 and IPv6 loopback; "tcp4" and "tcp6" listeners; the
// addresses each side reports; UDP over ::1.
package main

import (
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

func hostOf(a net.Addr) string {
	h, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return err.Error()
	}
	return h
}

func portOf(a net.Addr) string {
	_, p, _ := net.SplitHostPort(a.String())
	return p
}

func try(network, laddr, dialNet, dialHost string) {
	ln, err := net.Listen(network, laddr)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	port := portOf(ln.Addr())
	fmt.Printf("listen %s %q: %s\n", network, laddr, hostOf(ln.Addr()))
	got := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			got <- strings.Replace(err.Error(), ln.Addr().String(), "LISTENER", 1)
			return
		}
		defer c.Close()
		b, _ := io.ReadAll(c)
		got <- fmt.Sprintf("server got %q local %s remote %s same-port %v", b, hostOf(c.LocalAddr()), hostOf(c.RemoteAddr()), portOf(c.LocalAddr()) == port)
	}()
	c, err := net.Dial(dialNet, net.JoinHostPort(dialHost, port))
	if err != nil {
		fmt.Println("  dial:", err.Error()[len(err.Error())-18:])
		ln.Close()
		fmt.Println(" ", <-got)
		return
	}
	fmt.Printf("  dial %s %s: local %s remote %s\n", dialNet, dialHost, hostOf(c.LocalAddr()), hostOf(c.RemoteAddr()))
	c.Write([]byte("hi " + dialHost))
	c.Close()
	fmt.Println(" ", <-got)
}

func main() {
	try("tcp", ":0", "tcp", "127.0.0.1")
	try("tcp", ":0", "tcp", "::1")
	try("tcp", "0.0.0.0:0", "tcp4", "127.0.0.1")
	try("tcp4", ":0", "tcp", "127.0.0.1")
	try("tcp4", ":0", "tcp6", "::1")
	try("tcp6", "[::1]:0", "tcp6", "::1")
	try("tcp6", ":0", "tcp", "127.0.0.1")

	u, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer u.Close()
	p, _ := strconv.Atoi(portOf(u.LocalAddr()))
	c, err := net.DialUDP("udp", nil, &net.UDPAddr{IP: net.ParseIP("::1"), Port: p})
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Write([]byte("six"))
	buf := make([]byte, 10)
	n, from, err := u.ReadFromUDP(buf)
	fmt.Printf("udp6 %q from %s (%d bytes of IP) %v\n", buf[:n], from.IP, len(from.IP), err)
	u.WriteToUDP([]byte("back"), from)
	n, err = c.Read(buf)
	fmt.Printf("udp6 reply %q %v\n", buf[:n], err)
}
