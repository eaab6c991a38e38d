// Addresses without the network: ParseIP and IP.String in the forms Go
// prints, SplitHostPort/JoinHostPort and their errors, ResolveTCPAddr and
// ResolveUDPAddr, TCPAddr/UDPAddr strings, and resolution errors of Dial
// and Listen.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::1",
		"::ffff:1.2.3.4", "fe80::1:2:0:0:3", "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", "0:0:1::", "2001:DB8:0:0:8:800:200C:417A",
		"bad", "1.2.3", "1.2.3.256", "01.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:7:8", "1::2:3:4:5:6:7:8", "1:2:3:4:5:6:7", ":::", "1::2::3", "12345::"} {
		ip := net.ParseIP(s)
		fmt.Printf("%-30s %-25v loopback=%v unspecified=%v v4=%v\n", s, ip, ip.IsLoopback(), ip.IsUnspecified(), ip.To4() != nil)
	}
	fmt.Println(net.IP{1, 2, 3}, net.IP(nil), net.IPv4(10, 0, 0, 1), net.IPv6loopback, net.IPv4zero)
	fmt.Println(net.IPv4(10, 0, 0, 1).Equal(net.IP{10, 0, 0, 1}), net.ParseIP("::1").Equal(net.IPv6loopback))

	for _, s := range []string{"a:1", "[::1]:80", "::1:80", "[::1]", "x", "[a]b:1", "a]:1", "[a:1", ":80", "[fe80::1%eth0]:8080", "host:", "[::1]]:80", "[[::1]:80"} {
		h, p, err := net.SplitHostPort(s)
		fmt.Printf("%-22q host=%q port=%q err=%v\n", s, h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("127.0.0.1", "8080"), net.JoinHostPort("", "0"))

	for _, s := range []string{"127.0.0.1:80", "[::1]:443", ":8080", "localhost:9", "127.0.0.1:99999", "127.0.0.1:-1", "127.0.0.1", "[::1]:http2x", "1.2.3.4:0"} {
		a, err := net.ResolveTCPAddr("tcp", s)
		fmt.Printf("tcp %-18s %v %v\n", s, a, err)
	}
	a4, err := net.ResolveTCPAddr("tcp4", "[::1]:80")
	fmt.Println(a4, err)
	a6, err := net.ResolveTCPAddr("tcp6", "127.0.0.1:80")
	fmt.Println(a6, err)
	_, err = net.ResolveTCPAddr("foo", "127.0.0.1:80")
	fmt.Println(err)
	u, err := net.ResolveUDPAddr("udp", "[::1]:53")
	fmt.Println(u, u.Network(), err)

	var nilAddr *net.TCPAddr
	fmt.Println(nilAddr.String(), (&net.TCPAddr{Port: 5}).String(), &net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 1, Zone: "eth0"})
	fmt.Println(&net.UDPAddr{IP: net.IPv4(8, 8, 8, 8), Port: 53})

	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1:70000")
	fmt.Println(err)
	_, err = net.Dial("tcpx", "127.0.0.1:80")
	fmt.Println(err)
	_, err = net.Listen("udp", "127.0.0.1:0")
	fmt.Println(err)
	_, err = net.Listen("tcp", "[::1")
	fmt.Println(err)
}
