package main

import (
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Println("plain message", 42)
	log.SetPrefix("app: ")
	log.Printf("formatted %d%%", 50)
	var sb strings.Builder
	l := log.New(&sb, "[sub] ", log.Lmsgprefix)
	l.Print("one")
	l.Println("two")
	os.Stdout.WriteString(sb.String())
	l2 := log.New(os.Stdout, "out: ", 0)
	l2.Printf("to stdout %v", []int{1, 2})
	defer func() {
		r := recover()
		log.Println("recovered:", r)
		log.Fatalf("fatal: %s", "bye")
	}()
	log.Panicf("panic %d", 7)
}
