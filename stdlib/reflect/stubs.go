package reflect

// Implemented in C (reflect.c) over the runtime's type descriptors.  A type
// is the address of its descriptor (uintptr); a value is its type plus the
// address of its storage (*byte).

func efaceType(i any) uintptr
func efaceAddr(i any) *byte // address of a copy of the value held in i
func makeEface(t uintptr, p *byte) any
func typeKind(t uintptr) int
func typeString(t uintptr) string
func typeName(t uintptr) string
func typePkgPath(t uintptr) string
func typeElem(t uintptr) uintptr
func typeKey(t uintptr) uintptr
func typeLen(t uintptr) int
func typeSize(t uintptr) uintptr
func typeAlign(t uintptr) int
func typeComparable(t uintptr) bool
func typeNamed(t uintptr) bool
func typeNumField(t uintptr) int
func fieldName(t uintptr, i int) string
func fieldType(t uintptr, i int) uintptr
func fieldOffset(t uintptr, i int) uintptr
func fieldTag(t uintptr, i int) string
func fieldEmbedded(t uintptr, i int) bool
func fieldExported(t uintptr, i int) bool
func typeNumMethod(t uintptr) int
func methodName(t uintptr, i int) string
func typeNumIn(t uintptr) int
func typeNumOut(t uintptr) int
func typeIn(t uintptr, i int) uintptr
func typeOut(t uintptr, i int) uintptr
func typeVariadic(t uintptr) bool
func typeEqual(a, b uintptr) bool
func implements(t, iface uintptr) bool
func typePtrTo(t uintptr) uintptr

func loadInt(t uintptr, p *byte) int64
func loadUint(t uintptr, p *byte) uint64
func loadFloat(t uintptr, p *byte) float64
func loadReal(t uintptr, p *byte) float64
func loadImag(t uintptr, p *byte) float64
func loadBool(p *byte) bool
func loadString(p *byte) string
func loadPtr(p *byte) *byte
func storeInt(t uintptr, p *byte, v int64)
func storeUint(t uintptr, p *byte, v uint64)
func storeFloat(t uintptr, p *byte, v float64)
func storeComplex(t uintptr, p *byte, re, im float64)
func storeBool(p *byte, v bool)
func storeString(p *byte, v string)
func copyValue(t uintptr, dst, src *byte)
func offset(p *byte, off uintptr) *byte
func sliceLen(p *byte) int
func sliceCap(p *byte) int
func sliceElem(t uintptr, p *byte, i int) *byte
func mapLen(p *byte) int
func mapEntries(t uintptr, p *byte, keys, vals []*byte)
func mapIndex(t uintptr, p *byte, key *byte) *byte
func ifaceType(t uintptr, p *byte) uintptr
func ifaceAddr(t uintptr, p *byte) *byte
func memEqual(a, b *byte, n uintptr) bool
func newValue(t uintptr) *byte
func pointerValue(p *byte) uintptr
func copyWord(dst *byte, src **byte)
func efaceAddrOfIface(e *any) *byte
