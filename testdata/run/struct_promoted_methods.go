package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Counter int

func (c *Counter) Inc()     { *c++ }
func (c Counter) Get() int { return int(c) }

type Service struct {
	*Logger
	Counter
	name string
}

type Describer interface {
	Count() int
}

type Incer interface {
	Inc()
	Get() int
}

func main() {
	s := Service{Logger: &Logger{prefix: "[svc] "}, name: "svc"}
	s.Log("start")
	s.Log("run")
	s.Inc()
	s.Inc()
	fmt.Println(s.Count(), s.Get(), s.lines)
	var d Describer = s
	fmt.Println(d.Count())
	var inc Incer = &s
	inc.Inc()
	fmt.Println(inc.Get(), s.Counter)
	f := s.Log
	f("via method value")
	fmt.Println(s.Logger.lines[2])
	g := (*Service).Inc
	g(&s)
	fmt.Println(s.Get())
}
