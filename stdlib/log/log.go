// Package log implements a simple logging package (gosub standard library).
// Output goes to standard error by default, each message on its own line
// prefixed by the date and time (LstdFlags).
package log

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Flags controlling the prefix of each line.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123.  assumes Ltime.
	Llongfile                     // full file name and line number (not available in gosub)
	Lshortfile                    // final file name element and line number (not available)
	LUTC                          // if Ldate or Ltime is set, use UTC rather than the local time zone
	Lmsgprefix                    // move the "prefix" from the beginning of the line to before the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger represents an active logging object.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New creates a new Logger.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) { l.out = w }

func itoa(buf *[]byte, i int, wid int) {
	// Assemble decimal in reverse order.
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	// i < 10
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

func (l *Logger) formatHeader(buf *[]byte, t time.Time) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, int(month), 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, t.Nanosecond()/1e3, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		*buf = append(*buf, "???:0: "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes the output for a logging event.
func (l *Logger) Output(calldepth int, s string) error {
	var now time.Time
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		now = time.Now()
	}
	l.buf = l.buf[:0]
	l.formatHeader(&l.buf, now)
	l.buf = append(l.buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

// Printf calls l.Output to print to the logger, formatted as fmt.Printf.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Print calls l.Output to print to the logger, formatted as fmt.Print.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Println calls l.Output to print to the logger, formatted as fmt.Println.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to l.Print() followed by a call to os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to l.Printf() followed by a call to os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to l.Println() followed by a call to os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to l.Print() followed by a call to panic().
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is equivalent to l.Printf() followed by a call to panic().
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is equivalent to l.Println() followed by a call to panic().
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) { l.flag = flag }

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer { return l.out }

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.out = w }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print calls Output to print to the standard logger, formatted as fmt.Print.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf calls Output to print to the standard logger, formatted as fmt.Printf.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println calls Output to print to the standard logger, formatted as fmt.Println.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to Print() followed by a call to os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to Printf() followed by a call to os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to Println() followed by a call to os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to Print() followed by a call to panic().
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is equivalent to Printf() followed by a call to panic().
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is equivalent to Println() followed by a call to panic().
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes the output for a logging event on the standard logger.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
