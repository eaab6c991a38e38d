// Blocking file I/O hands off the P: with GOMAXPROCS(1), goroutines
// blocked reading os.Pipe ends (and a write that fills a pipe) do not stop
// the others; closing the write end gives the reader io.EOF.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	got := make(chan string)
	go func() {
		b, err := io.ReadAll(r)
		got <- fmt.Sprintf("reader: %q %v", b, err)
	}()
	time.Sleep(20 * time.Millisecond)
	// The reader is blocked in read(2); this goroutine still runs.
	ticks := 0
	for i := 0; i < 5; i++ {
		time.Sleep(time.Millisecond)
		ticks++
	}
	fmt.Println("main ran while the reader blocked:", ticks)
	w.Write([]byte("hello "))
	w.Write([]byte("pipe"))
	w.Close()
	fmt.Println(<-got)
	r.Close()

	// A writer blocked on a full pipe (64 KiB) while main keeps running.
	r2, w2, _ := os.Pipe()
	done := make(chan string)
	go func() {
		n, err := w2.Write(make([]byte, 256<<10))
		w2.Close()
		done <- fmt.Sprint("writer: ", n, " ", err)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran while the writer blocked")
	n, err := io.Copy(io.Discard, r2)
	fmt.Println("drained:", n, err)
	fmt.Println(<-done)
	_, err = r2.Read(make([]byte, 1))
	fmt.Println(err)
	r2.Close()
	_, err = r2.Read(make([]byte, 1))
	fmt.Println(err)
}
