// UDP: a round trip between a listening socket and a dialed one, ReadFrom
// and WriteTo with addresses, empty datagrams, a read deadline, and the
// errors of WriteTo on a connected socket and of use after Close.
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	saddr := srv.LocalAddr().(*net.UDPAddr)
	fmt.Println("server network:", saddr.Network(), "loopback:", saddr.IP.IsLoopback(), "port set:", saddr.Port != 0)

	done := make(chan bool)
	go func() {
		buf := make([]byte, 1500)
		for i := 0; i < 4; i++ {
			n, from, err := srv.ReadFrom(buf)
			if err != nil {
				fmt.Println("server:", err)
				break
			}
			reply := "echo:" + strings.ToUpper(string(buf[:n]))
			srv.WriteTo([]byte(reply), from)
		}
		close(done)
	}()

	cl, err := net.DialUDP("udp", nil, saddr)
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 1500)
	for _, msg := range []string{"ping", "hello world", ""} {
		cl.Write([]byte(msg))
		cl.SetReadDeadline(time.Now().Add(2 * time.Second))
		n, err := cl.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}

	// An unconnected socket: WriteTo and ReadFromUDP name the peers.
	other, err := net.ListenUDP("udp4", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	other.WriteToUDP([]byte("from other"), saddr)
	n, from, err := other.ReadFromUDP(buf)
	fmt.Printf("%q from server: %v\n", buf[:n], from.String() == saddr.String())
	<-done

	repl := strings.NewReplacer(cl.LocalAddr().String(), "CLIENT", saddr.String(), "SERVER", other.LocalAddr().String(), "OTHER")
	_, err = cl.WriteTo([]byte("x"), saddr)
	fmt.Println(repl.Replace(err.Error()))

	other.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, _, err = other.ReadFrom(buf)
	fmt.Println(repl.Replace(err.Error()), err.(net.Error).Timeout())

	other.Close()
	_, err = other.WriteTo([]byte("x"), saddr)
	fmt.Println(repl.Replace(err.Error()))
	_, _, err = other.ReadFrom(buf)
	fmt.Println(repl.Replace(err.Error()))
	cl.Close()
	srv.Close()
}
