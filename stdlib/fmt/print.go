// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf (gosub standard library: printing).
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Strings for use with buffer.WriteString.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

// Kinds (reflect.Kind numbering, as in the runtime's type descriptors).
const (
	kInvalid = iota
	kBool
	kInt
	kInt8
	kInt16
	kInt32
	kInt64
	kUint
	kUint8
	kUint16
	kUint32
	kUint64
	kUintptr
	kFloat32
	kFloat64
	kComplex64
	kComplex128
	kArray
	kChan
	kFunc
	kInterface
	kMap
	kPointer
	kSlice
	kString
	kStruct
	kUnsafePointer
)

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// pp is the printer state.
type pp struct {
	buf buffer

	// arg holds the current item, as an interface{}.
	arg any
	// value holds the current item when printing by reflection (arg == nil).
	value any

	fmt fmtState

	reordered  bool // the format string used argument indexes
	goodArgNum bool // the most recent argument index was valid
	panicking  bool // printing a panic from a String method
	erroring   bool // printing an error string: don't call handleMethods
	wrapErrs   bool // Errorf: accept %w
	wrappedErr error
}

// Printers are reused the way gc's sync.Pool hands them out within one
// goroutine: a private slot, then a LIFO of the others.  (Reuse is visible:
// stale widths and precisions show through State.Width/Precision.)  ppMu
// guards both: goroutines on other Ps print at the same time.
var (
	ppMu      sync.Mutex
	ppPrivate *pp
	ppShared  []*pp
)

func newPrinter() *pp {
	var p *pp
	ppMu.Lock()
	if ppPrivate != nil {
		p = ppPrivate
		ppPrivate = nil
	} else if n := len(ppShared); n > 0 {
		p = ppShared[n-1]
		ppShared[n-1] = nil
		ppShared = ppShared[:n-1]
	}
	ppMu.Unlock()
	if p == nil {
		p = new(pp)
	}
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.fmt.buf = &p.buf
	p.fmt.clearflags()
	return p
}

// free saves used pp structs in ppFree; avoids an allocation per invocation.
func (p *pp) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.arg = nil
	p.value = nil
	p.wrappedErr = nil
	ppMu.Lock()
	if ppPrivate == nil {
		ppPrivate = p
	} else {
		ppShared = append(ppShared, p)
	}
	ppMu.Unlock()
}

func (p *pp) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

// Write implements io.Writer so Fprintf (etc.) can be called on a pp by a Formatter.
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf.write(b)
	return len(b), nil
}

// WriteString implements io.StringWriter.
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint formats using the default formats and writes to w. Spaces are
// added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print formats using the default formats and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats and returns the resulting string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append formats using the default formats and appends to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln formats using the default formats and writes to w. Spaces are
// always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println formats using the default formats and writes to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats and returns the resulting string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln formats using the default formats and appends to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Errorf formats according to a format specifier and returns the string as
// an error.  A %w verb with an error operand makes the result wrap it.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	wrapped := p.wrappedErr
	p.free()
	if wrapped == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, wrapped}
	}
	return err
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

func (p *pp) unknownType(v any) {
	if v == nil {
		p.buf.writeString(invReflectString)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(typeString(v))
	p.buf.writeByte('?')
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case p.arg != nil:
		p.buf.writeString(typeString(p.arg))
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value != nil:
		p.buf.writeString(typeString(p.value))
		p.buf.writeByte('=')
		p.printValue(p.value, 'v', 0, false)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats a uint64 in hexadecimal, prefixed with 0x or not,
// by temporarily setting the sharp flag.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtComplex(re, im float64, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.fmt.plus
		p.buf.writeByte('(')
		p.fmtFloat(re, size/2, verb)
		// Imaginary part always has a sign.
		p.fmt.plus = true
		p.fmtFloat(im, size/2, verb)
		p.buf.writeString("i)")
		p.fmt.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats a byte slice (or array) whose type is spelled typeString;
// v is the value itself when it did not come straight from an argument.
func (p *pp) fmtBytes(v []byte, isNil bool, verb rune, typeString string, value any) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if isNil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(value, verb, 0, true)
	}
}

func (p *pp) fmtPointer(value any, verb rune) {
	var u uintptr
	switch kindOf(value) {
	case kChan, kFunc, kMap, kPointer, kSlice, kUnsafePointer:
		u = vPointer(value)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(typeString(value))
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		// A nil pointer receiver that panics prints "<nil>".
		if kindOf(arg) == kPointer && vIsNil(arg) {
			p.buf.writeString(nilAngleString)
			return
		}
		// Nested panics: the recursion in printArg cannot succeed.
		if p.panicking {
			panic(err)
		}
		oldFlags := p.fmt.fmtFlags
		p.fmt.clearflags()
		p.buf.writeString(percentBangString)
		p.buf.writeRune(verb)
		p.buf.writeString(panicString)
		p.buf.writeString(method)
		p.buf.writeString(" method: ")
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf.writeByte(')')
		p.fmt.fmtFlags = oldFlags
	}
}

func (p *pp) callFormat(f Formatter, verb rune) {
	defer p.catchPanic(p.arg, verb, "Format")
	f.Format(p, verb)
}

func (p *pp) callGoString(s GoStringer, verb rune) {
	defer p.catchPanic(p.arg, verb, "GoString")
	p.fmt.fmtS(s.GoString())
}

func (p *pp) callError(e error, verb rune) {
	defer p.catchPanic(p.arg, verb, "Error")
	p.fmtString(e.Error(), verb)
}

func (p *pp) callString(s Stringer, verb rune) {
	defer p.catchPanic(p.arg, verb, "String")
	p.fmtString(s.String(), verb)
}

func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is only valid in Errorf, with an error operand, once.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		p.callFormat(formatter, verb)
		return true
	}
	if p.fmt.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			p.callGoString(stringer, verb)
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			p.callError(v, verb)
			return true
		case Stringer:
			p.callString(v, verb)
			return true
		}
	}
	return false
}

func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = nil

	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}

	// Special processing considerations.
	// %T (the value's type) and %p (its address) are special; we always do them first.
	switch verb {
	case 'T':
		p.fmt.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}

	// Some types can be done without reflection.
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(float64(real(f)), float64(imag(f)), 64, verb)
	case complex128:
		p.fmtComplex(real(f), imag(f), 128, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, f == nil, verb, "[]byte", arg)
	default:
		if kindOf(arg) == kStruct && typeString(arg) == "reflect.Value" {
			p.printReflectValue(arg, verb)
			return
		}
		// If the type is not simple, it might have methods.
		if !p.handleMethods(verb) {
			p.printValue(arg, verb, 0, true)
		}
	}
}

// printReflectValue prints the value a reflect.Value holds, as gc's fmt does.
func (p *pp) printReflectValue(arg any, verb rune) {
	v := reflectValue(arg)
	canIface := !reflectValueRO(arg)
	if v != nil && canIface {
		p.arg = vInterface(v)
		if p.arg != nil && p.handleMethods(verb) {
			return
		}
	}
	p.printValue(v, verb, 0, canIface)
}

// printValue is like printArg but starts with a value obtained by
// reflection; canIface reports whether its methods may be called (not
// reached through unexported fields).
func (p *pp) printValue(value any, verb rune, depth int, canIface bool) {
	// Handle values with special methods if not already handled by printArg (depth == 0).
	if depth > 0 && value != nil && canIface {
		p.arg = vInterface(value)
		if p.arg != nil && p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	switch kindOf(value) {
	case kInvalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
	case kBool:
		p.fmtBool(vBool(value), verb)
	case kInt, kInt8, kInt16, kInt32, kInt64:
		p.fmtInteger(uint64(vInt(value)), signed, verb)
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		p.fmtInteger(vUint(value), unsigned, verb)
	case kFloat32:
		p.fmtFloat(vFloat(value), 32, verb)
	case kFloat64:
		p.fmtFloat(vFloat(value), 64, verb)
	case kComplex64:
		p.fmtComplex(vReal(value), vImag(value), 64, verb)
	case kComplex128:
		p.fmtComplex(vReal(value), vImag(value), 128, verb)
	case kString:
		p.fmtString(vString(value), verb)
	case kMap:
		if p.fmt.sharpV {
			p.buf.writeString(typeString(value))
			if vIsNil(value) {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		n := vLen(value)
		keys := make([]any, n)
		vals := make([]any, n)
		vMapEntries(value, keys, vals)
		sortEntries(keys, vals)
		for i := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(keys[i], verb, depth+1, canIface)
			p.buf.writeByte(':')
			p.printValue(vals[i], verb, depth+1, canIface)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case kStruct:
		if p.fmt.sharpV {
			p.buf.writeString(typeString(value))
		}
		p.buf.writeByte('{')
		nf := vNumField(value)
		for i := 0; i < nf; i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := vFieldName(value, i); name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			fv := vField(value, i)
			// Non-nil interface fields print their dynamic value.
			if kindOf(fv) == kInterface && !vIsNil(fv) {
				fv = vElem(fv)
			}
			p.printValue(fv, verb, depth+1, canIface && vFieldExported(value, i))
		}
		p.buf.writeByte('}')
	case kInterface:
		elem := vElem(value)
		if elem == nil {
			if p.fmt.sharpV {
				p.buf.writeString(typeString(value))
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(elem, verb, depth+1, canIface)
		}
	case kArray, kSlice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte slices and arrays are special for these verbs.
			if vElemKind(value) == kUint8 {
				p.fmtBytes(vBytes(value), false, verb, typeString(value), value)
				return
			}
		}
		n := vLen(value)
		if p.fmt.sharpV {
			p.buf.writeString(typeString(value))
			if kindOf(value) == kSlice && vIsNil(value) {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(vIndex(value, i), verb, depth+1, canIface)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(vIndex(value, i), verb, depth+1, canIface)
			}
			p.buf.writeByte(']')
		}
	case kPointer:
		// A pointer to an array, slice, struct or map prints as &{...} at
		// the top level, but not nested (avoiding loops).
		if depth == 0 && vPointer(value) != 0 {
			switch vElemKind(value) {
			case kArray, kSlice, kStruct, kMap:
				p.buf.writeByte('&')
				p.printValue(vElem(value), verb, depth+1, canIface)
				return
			}
		}
		p.fmtPointer(value, verb)
	case kChan, kFunc, kUnsafePointer:
		p.fmtPointer(value, verb)
	default:
		p.unknownType(value)
	}
}

// intFromArg gets the argNumth element of a. On return, isInt reports
// whether the argument has integer type.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int) // Almost always OK.
		if !isInt {
			// Work harder.
			v := a[argNum]
			switch kindOf(v) {
			case kInt, kInt8, kInt16, kInt32, kInt64:
				num = int(vInt(v))
				isInt = true
			case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
				n := vUint(v)
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false // Argument too large.
		}
	}
	return
}

// tooLarge reports whether the magnitude of the integer is too large to
// be used as a formatting width or precision.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum converts ASCII to integer.  num is 0 (and isnum is false) if no number present.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // Overflow; crazy long number most likely.
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// parseArgNumber returns the value of the bracketed number, minus 1
// (explicit argument numbers are one-indexed but we want zero-indexed).
func parseArgNumber(format string) (index int, wid int, ok bool) {
	// There must be at least 3 bytes: [n].
	if len(format) < 3 {
		return 0, 1, false
	}
	// Find closing bracket.
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true // arg numbers are one-indexed and skip paren.
		}
	}
	return 0, 1, false
}

// argNumber returns the next argument to evaluate, which is either the
// value of the passed-in argNum or the value of the bracketed integer that
// begins format[i:].
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0         // we process one argument per non-trivial format
	afterIndex := false // previous item in format was an index like [3].
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			// done processing format string
			break
		}

		// Process one verb
		i++

		// Do we have flags?
		p.fmt.clearflags()
		simple := false
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = !p.fmt.minus // Only allow zero padding to the left.
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
				p.fmt.zero = false // Do not pad with zeros to the right.
			case ' ':
				p.fmt.space = true
			default:
				// Fast path for common case of ascii lower case simple verbs
				// without precision or width or argument indices.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						// Go syntax
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						// Struct-field syntax
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					simple = true
				}
				break flags
			}
		}
		if simple {
			continue
		}

		// Do we have an explicit argument index?
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Do we have width?
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)

			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}

			// We have a negative width, so take its value and ensure
			// that the minus flag is set
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false // Do not pad with zeros to the right.
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Do we have precision?
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				// Negative precision arguments don't make sense
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // Percent does not absorb operands and ignores f.wid and f.prec.
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a): // No argument left over to print for the current verb.
			p.missingArg(verb)
		default:
			if verb == 'v' {
				// Go syntax
				p.fmt.sharpV = p.fmt.sharp
				p.fmt.sharp = false
				// Struct-field syntax
				p.fmt.plusV = p.fmt.plus
				p.fmt.plus = false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Check for extra arguments unless the call accessed the arguments
	// out of order, in which case it's too expensive to detect if they've all
	// been used and arguably OK if they're not.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if arg == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(typeString(arg))
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && kindOf(arg) == kString
		// Add a space between two non-string arguments.
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln is like doPrint but always adds a space between arguments
// and a newline after the last argument.
func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}

var _ = strconv.Itoa
