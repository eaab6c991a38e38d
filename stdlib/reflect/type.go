// Package reflect implements run-time reflection (gosub standard library:
// a subset: types, reading and setting values, DeepEqual; no method calls,
// no MakeFunc).
package reflect

import "strconv"

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	IsVariadic() bool
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype is the common implementation of most values; one per descriptor.
type rtype struct {
	t uintptr
}

var typeCache = map[uintptr]*rtype{}

func toType(t uintptr) Type {
	if t == 0 {
		return nil
	}
	return toRType(t)
}

func toRType(t uintptr) *rtype {
	if r, ok := typeCache[t]; ok {
		return r
	}
	// Identical types may have several descriptors: share one rtype.
	for d, r := range typeCache {
		if typeEqual(d, t) {
			typeCache[t] = r
			return r
		}
	}
	r := &rtype{t}
	typeCache[t] = r
	return r
}

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type { return toType(efaceType(i)) }

func (t *rtype) common() *rtype    { return t }
func (t *rtype) Align() int        { return typeAlign(t.t) }
func (t *rtype) FieldAlign() int   { return typeAlign(t.t) }
func (t *rtype) Name() string      { return typeName(t.t) }
func (t *rtype) PkgPath() string   { return typePkgPath(t.t) }
func (t *rtype) Size() uintptr     { return typeSize(t.t) }
func (t *rtype) String() string    { return typeString(t.t) }
func (t *rtype) Kind() Kind        { return Kind(typeKind(t.t)) }
func (t *rtype) Comparable() bool  { return typeComparable(t.t) }
func (t *rtype) NumMethod() int    { return typeNumMethod(t.t) }
func (t *rtype) IsVariadic() bool  { return typeVariadic(t.t) }
func (t *rtype) NumIn() int        { return typeNumIn(t.t) }
func (t *rtype) NumOut() int       { return typeNumOut(t.t) }
func (t *rtype) In(i int) Type     { return toType(typeIn(t.t, i)) }
func (t *rtype) Out(i int) Type    { return toType(typeOut(t.t, i)) }
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(t.t, u.common().t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	if typeEqual(t.t, uu.t) {
		return true
	}
	if uu.Kind() == Interface {
		return implements(t.t, uu.t)
	}
	// Identical underlying types where one side is unnamed.
	return (!typeNamed(t.t) || !typeNamed(uu.t)) && t.Kind() == uu.Kind() && t.Kind() != Struct && false
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(t.t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// Skip leading space.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// Scan quoted string to find value.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	f := StructField{
		Name:      fieldName(t.t, i),
		Type:      toType(fieldType(t.t, i)),
		Tag:       StructTag(fieldTag(t.t, i)),
		Offset:    fieldOffset(t.t, i),
		Index:     []int{i},
		Anonymous: fieldEmbedded(t.t, i),
	}
	if !fieldExported(t.t, i) {
		f.PkgPath = t.PkgPath()
		if f.PkgPath == "" {
			f.PkgPath = "main"
		}
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	n := t.NumField()
	for i := 0; i < n; i++ {
		if fieldName(t.t, i) == name {
			return t.Field(i), true
		}
	}
	// One level of embedding.
	for i := 0; i < n; i++ {
		if fieldEmbedded(t.t, i) {
			ft := toRType(fieldType(t.t, i))
			if ft.Kind() == Pointer {
				ft = toRType(typeElem(ft.t))
			}
			if ft.Kind() == Struct {
				if f, ok := ft.FieldByName(name); ok {
					f.Index = append([]int{i}, f.Index...)
					return f, true
				}
			}
		}
	}
	return StructField{}, false
}

// Method represents a single method (Func and calls are not supported by gosub).
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Index   int
}

func (t *rtype) Method(i int) Method {
	return Method{Name: methodName(t.t, i), Index: i}
}

// PtrTo returns the pointer type with element t, if the program uses it.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t, if the program uses it.
func PointerTo(t Type) Type {
	p := typePtrTo(t.common().t)
	if p == 0 {
		panic("reflect: PointerTo(" + t.String() + ") is not available in gosub")
	}
	return toType(p)
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}
