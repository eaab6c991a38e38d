// An LRU cache built from a map and a doubly linked list, driven by a fixed trace.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
	evicted    []string
}

func NewLRU(n int) *LRU { return &LRU{cap: n, items: make(map[string]*entry)} }

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) Keys() string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, fmt.Sprintf("%s=%d", e.key, e.val))
	}
	return strings.Join(ks, " ")
}

func main() {
	c := NewLRU(3)
	trace := "put a 1;put b 2;get a;put c 3;put d 4;get b;get c;put a 10;get d;put e 5;get a;get c;put b 7;get e"
	for _, op := range strings.Split(trace, ";") {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			c.Put(f[1], v)
			fmt.Printf("%-9s -> [%s]\n", op, c.Keys())
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %v [%s]\n", op, v, ok, c.Keys())
		}
	}
	fmt.Println("hits", c.hits, "misses", c.miss, "evicted", c.evicted)
	big := NewLRU(50)
	for i := 0; i < 10000; i++ {
		k := fmt.Sprint((i*i + i/3) % 150)
		if _, ok := big.Get(k); !ok {
			big.Put(k, i)
		}
	}
	fmt.Println(big.hits, big.miss, len(big.evicted), len(big.items))
}
