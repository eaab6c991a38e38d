package reflect

import "strconv"

type flag uint

const (
	flagAddr flag = 1 << iota // the value is addressable (and settable if exported)
	flagRO                    // obtained through an unexported field
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  uintptr
	ptr  *byte // address of the value
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return Value{typ: efaceType(i), ptr: efaceAddr(i)}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common().t
	return Value{typ: t, ptr: newValue(t)}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common().t
	pt := typePtrTo(t)
	if pt == 0 {
		panic("reflect: New(" + typ.String() + ") is not available in gosub")
	}
	p := newValue(t)
	box := newValue(pt)
	storePtrValue(box, p)
	return Value{typ: pt, ptr: box}
}

func storePtrValue(box, p *byte) {
	// *(*unsafe.Pointer)(box) = p, via a one-word copy from a temporary.
	tmp := p
	copyWord(box, &tmp)
}

func (v Value) kind() Kind { return Kind(typeKind(v.typ)) }

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.kind()})
	}
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != 0 }

// Kind returns v's Kind. If v is the zero Value (IsValid returns false), Kind returns Invalid.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.typ)
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.kind() == Interface {
		e := v.Elem()
		if !e.IsValid() {
			return nil
		}
		return makeEface(e.typ, e.ptr)
	}
	return makeEface(v.typ, v.ptr)
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return loadBool(v.ptr)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return loadInt(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return loadUint(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32, Float64:
		return loadFloat(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64, Complex128:
		return complex(loadReal(v.typ, v.ptr), loadImag(v.typ, v.ptr))
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string; for other
// kinds it returns "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return loadString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return typeLen(v.typ)
	case Slice:
		return sliceLen(v.ptr)
	case String:
		return len(loadString(v.ptr))
	case Map:
		return mapLen(v.ptr)
	case Chan:
		p := loadPtr(v.ptr)
		if p == nil {
			return 0
		}
		return int(loadInt(intType, p))
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

var intType = efaceType(0)

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return typeLen(v.typ)
	case Slice:
		return sliceCap(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// Index returns v's i'th element.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := typeLen(v.typ)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		return Value{typ: typeElem(v.typ), ptr: sliceElem(v.typ, v.ptr, i), flag: v.flag}
	case Slice:
		n := sliceLen(v.ptr)
		if uint(i) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		return Value{typ: typeElem(v.typ), ptr: sliceElem(v.typ, v.ptr, i), flag: flagAddr | v.flag&flagRO}
	case String:
		s := loadString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		return ValueOf(s[i])
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return typeNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(typeNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	fl := v.flag
	if !fieldExported(v.typ, i) {
		fl |= flagRO
	}
	return Value{typ: fieldType(v.typ, i), ptr: offset(v.ptr, fieldOffset(v.typ, i)), flag: fl}
}

// FieldByName returns the struct field with the given name.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	if f, ok := toRType(v.typ).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.kind() == Pointer {
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice:
		return loadPtr(v.ptr) == nil
	case Interface:
		return ifaceType(v.typ, v.ptr) == 0
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		f := v.Float()
		return f == 0 && 1/f > 0
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && imag(c) == 0
	case String:
		return v.Len() == 0
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t := ifaceType(v.typ, v.ptr)
		if t == 0 {
			return Value{}
		}
		return Value{typ: t, ptr: ifaceAddr(v.typ, v.ptr), flag: v.flag & flagRO}
	case Pointer:
		p := loadPtr(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: typeElem(v.typ), ptr: p, flag: flagAddr | v.flag&flagRO}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return pointerValue(loadPtr(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	n := mapLen(v.ptr)
	keys := make([]*byte, n)
	vals := make([]*byte, n)
	mapEntries(v.typ, v.ptr, keys, vals)
	kt := typeKey(v.typ)
	out := make([]Value, 0, n)
	for _, k := range keys {
		if k != nil {
			out = append(out, Value{typ: kt, ptr: k, flag: v.flag & flagRO})
		}
	}
	return out
}

// MapIndex returns the value associated with key in the map v.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	p := mapIndex(v.typ, v.ptr, key.ptr)
	if p == nil {
		return Value{}
	}
	return Value{typ: typeElem(v.typ), ptr: p, flag: v.flag & flagRO}
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m    Value
	keys []*byte
	vals []*byte
	i    int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "MapRange")
	n := mapLen(v.ptr)
	it := &MapIter{m: v, keys: make([]*byte, n), vals: make([]*byte, n), i: -1}
	mapEntries(v.typ, v.ptr, it.keys, it.vals)
	return it
}

// Next advances the map iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	it.i++
	return it.i < len(it.keys) && it.keys[it.i] != nil
}

// Key returns the key of iter's current map entry.
func (it *MapIter) Key() Value {
	return Value{typ: typeKey(it.m.typ), ptr: it.keys[it.i], flag: it.m.flag & flagRO}
}

// Value returns the value of iter's current map entry.
func (it *MapIter) Value() Value {
	return Value{typ: typeElem(it.m.typ), ptr: it.vals[it.i], flag: it.m.flag & flagRO}
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int { return typeNumMethod(v.typ) }

func (v Value) mustBeAssignable() {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable()
	if v.kind() == Interface {
		// Store x converted to the interface: only empty interfaces here.
		e := makeEface(x.typ, x.ptr)
		tmp := e
		copyValue(v.typ, v.ptr, efaceAddrOfIface(&tmp))
		return
	}
	if !typeEqual(v.typ, x.typ) {
		panic("reflect.Set: value of type " + typeString(x.typ) + " is not assignable to type " + typeString(v.typ))
	}
	copyValue(v.typ, v.ptr, x.ptr)
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable()
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		storeInt(v.typ, v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.kind()})
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable()
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		storeUint(v.typ, v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.kind()})
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable()
	switch v.kind() {
	case Float32, Float64:
		storeFloat(v.typ, v.ptr, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable()
	switch v.kind() {
	case Complex64, Complex128:
		storeComplex(v.typ, v.ptr, real(x), imag(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable()
	v.mustBe(Bool, "SetBool")
	storeBool(v.ptr, x)
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable()
	v.mustBe(String, "SetString")
	storeString(v.ptr, x)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := typePtrTo(v.typ)
	if pt == 0 {
		panic("reflect: Addr of " + typeString(v.typ) + " is not available in gosub")
	}
	box := newValue(pt)
	storePtrValue(box, v.ptr)
	return Value{typ: pt, ptr: box, flag: v.flag & flagRO}
}

// Indirect returns the value that v points to (v itself if not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// quoteType is used in messages.
func quoteType(s string) string { return strconv.Quote(s) }
