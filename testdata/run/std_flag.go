package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "gopher", "your name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("timeout", 2*time.Second, "how long to wait")
	f := fs.Float64("ratio", 0, "a ratio")
	var list listValue
	fs.Var(&list, "item", "add an item\n(repeatable)")
	err := fs.Parse([]string{"-n", "7", "--name=ann", "-v", "-timeout", "1m30s", "-item", "a", "-item=b", "rest", "-x"})
	fmt.Println(err, *n, *name, *v, *d, *f, list, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Arg(5))
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	fs.PrintDefaults()
	fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("k", 1, "k value")
	fmt.Println(fs2.Parse([]string{"-k", "x"}))
	fmt.Println(fs2.Parse([]string{"-nope"}))
	fmt.Println(fs2.Parse([]string{"-k"}))
	fmt.Println(fs2.Parse([]string{"-h"}))
	fmt.Println(fs2.Parse([]string{"--", "-k", "2"}), fs2.Args())
	fmt.Println(fs2.Set("k", "42"), fs2.Lookup("k").Value, fs2.Set("zz", "1"))
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Parsed())
}
