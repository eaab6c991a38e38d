// kvserver: a small TCP key-value server, one goroutine per connection.
//
// Protocol: one command per line, one reply line per command.
//
//	SET key value...   -> OK
//	GET key            -> VALUE value   | NOTFOUND
//	DEL key            -> DELETED       | NOTFOUND
//	KEYS               -> KEYS k1 k2 ... (sorted)
//	QUIT               -> BYE, and the server closes the connection
//
// A client idle for longer than -idle is disconnected (a read deadline).
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

type store struct {
	mu sync.RWMutex
	m  map[string]string
}

func (s *store) exec(line string) (reply string, quit bool) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "ERR empty command", false
	}
	cmd := strings.ToUpper(f[0])
	switch {
	case cmd == "SET" && len(f) >= 3:
		// the value is the rest of the line after the key
		rest := strings.TrimLeft(strings.TrimSpace(line)[len(f[0]):], " \t")
		v := strings.TrimSpace(rest[len(f[1]):])
		s.mu.Lock()
		s.m[f[1]] = v
		s.mu.Unlock()
		return "OK", false
	case cmd == "GET" && len(f) == 2:
		s.mu.RLock()
		v, ok := s.m[f[1]]
		s.mu.RUnlock()
		if !ok {
			return "NOTFOUND", false
		}
		return "VALUE " + v, false
	case cmd == "DEL" && len(f) == 2:
		s.mu.Lock()
		_, ok := s.m[f[1]]
		delete(s.m, f[1])
		s.mu.Unlock()
		if !ok {
			return "NOTFOUND", false
		}
		return "DELETED", false
	case cmd == "KEYS" && len(f) == 1:
		s.mu.RLock()
		keys := make([]string, 0, len(s.m))
		for k := range s.m {
			keys = append(keys, k)
		}
		s.mu.RUnlock()
		sort.Strings(keys)
		return strings.TrimSpace("KEYS " + strings.Join(keys, " ")), false
	case cmd == "QUIT":
		return "BYE", true
	}
	return "ERR usage: SET key value | GET key | DEL key | KEYS | QUIT", false
}

func serve(c net.Conn, s *store, idle time.Duration) {
	defer c.Close()
	who := c.RemoteAddr().String()
	fmt.Fprintln(os.Stderr, "connect", who)
	r := bufio.NewReader(c)
	w := bufio.NewWriter(c)
	for {
		c.SetReadDeadline(time.Now().Add(idle))
		line, err := r.ReadString('\n')
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				fmt.Fprintln(w, "BYE idle")
				w.Flush()
			}
			fmt.Fprintln(os.Stderr, "disconnect", who, err)
			return
		}
		reply, quit := s.exec(strings.TrimRight(line, "\r\n"))
		w.WriteString(reply + "\n")
		// answer every command a pipelining client sent before flushing
		if r.Buffered() == 0 || quit {
			if err := w.Flush(); err != nil {
				return
			}
		}
		if quit {
			fmt.Fprintln(os.Stderr, "disconnect", who, "QUIT")
			return
		}
	}
}

func main() {
	addr := flag.String("addr", "127.0.0.1:7070", "address to listen on")
	idle := flag.Duration("idle", 5*time.Minute, "disconnect clients idle this long")
	flag.Parse()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "kvserver listening on", ln.Addr())
	s := &store{m: make(map[string]string)}
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		go serve(c, s, *idle)
	}
}
