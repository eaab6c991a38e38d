package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func worker(ctx context.Context, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("stopped: ", ctx.Err())
			return
		default:
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	out := make(chan string)
	go worker(ctx, out)
	time.Sleep(3 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(bg, 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, ok := tctx.Deadline()
	fmt.Println(ok)

	parent, pcancel := context.WithCancel(bg)
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	vctx := context.WithValue(child, key("user"), "gopher")
	pcancel()
	<-vctx.Done()
	fmt.Println(vctx.Err(), vctx.Value(key("user")), vctx.Value(key("none")))
	fmt.Println(child.Err())
}
