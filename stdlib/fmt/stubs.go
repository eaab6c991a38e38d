package fmt

// A tiny reflection layer over the runtime's type descriptors, implemented
// in C (value.c).  A "value" is an interface{} whose type word may also be an
// interface type (then its data word points at the interface's two words);
// such values never escape this package's printing code.

func kindOf(v any) int                      // reflect.Kind numbering; 0 for nil
func typeString(v any) string               // gc's spelling of the type
func vInt(v any) int64                      // signed integer kinds
func vUint(v any) uint64                    // unsigned integer kinds (and uintptr)
func vFloat(v any) float64                  // float32, float64
func vReal(v any) float64                   // complex64, complex128
func vImag(v any) float64                   // complex64, complex128
func vBool(v any) bool                      // bool
func vString(v any) string                  // string
func vLen(v any) int                        // string, slice, array, map, chan
func vIndex(v any, i int) any               // slice or array element
func vIsNil(v any) bool                     // pointer, slice, map, func, chan, interface
func vPointer(v any) uintptr                // pointer, slice data, map, func, chan, unsafe.Pointer
func vElem(v any) any                       // pointer target; interface's dynamic value
func vElemKind(v any) int                   // kind of the element type (slice, array, pointer)
func vBytes(v any) []byte                   // []byte-like slice or array contents (aliased)
func vNumField(v any) int                   // struct
func vFieldName(v any, i int) string        // struct field name
func vFieldExported(v any, i int) bool      // struct field is exported
func vField(v any, i int) any               // struct field value
func vMapEntries(v any, keys, vals []any)   // fills keys/vals (len(keys) == vLen(v))
func vTypeID(v any) uintptr                 // identity of the dynamic type (for map key ordering)
func vInterface(v any) any                  // v as an ordinary interface{} (interfaces unwrapped)
func reflectValue(v any) any    // the value held by a reflect.Value (nil if invalid)
func reflectValueRO(v any) bool // obtained through unexported fields
