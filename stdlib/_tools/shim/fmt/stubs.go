package fmt

import "reflect"

// Real-Go stand-ins for the C helpers: values are wrapped reflect.Values.
type rv struct{ v reflect.Value }

func val(v any) reflect.Value {
	if w, ok := v.(rv); ok {
		return w.v
	}
	return reflect.ValueOf(v)
}

func wrap(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	return rv{v}
}

func kindOf(v any) int {
	if v == nil {
		return 0
	}
	return int(val(v).Kind())
}
func typeString(v any) string {
	if v == nil {
		return "<nil>"
	}
	return val(v).Type().String()
}
func vInt(v any) int64      { return val(v).Int() }
func vUint(v any) uint64    { return val(v).Uint() }
func vFloat(v any) float64  { return val(v).Float() }
func vReal(v any) float64   { return real(val(v).Complex()) }
func vImag(v any) float64   { return imag(val(v).Complex()) }
func vBool(v any) bool      { return val(v).Bool() }
func vString(v any) string  { return val(v).String() }
func vLen(v any) int        { return val(v).Len() }
func vIndex(v any, i int) any { return wrap(val(v).Index(i)) }
func vIsNil(v any) bool     { return val(v).IsNil() }
func vPointer(v any) uintptr { return val(v).Pointer() }
func vElem(v any) any       { return wrap(val(v).Elem()) }
func vElemKind(v any) int   { return int(val(v).Type().Elem().Kind()) }
func vBytes(v any) []byte {
	x := val(v)
	if x.Kind() == reflect.Slice {
		return x.Bytes()
	}
	b := make([]byte, x.Len())
	for i := range b {
		b[i] = byte(x.Index(i).Uint())
	}
	return b
}
func vNumField(v any) int               { return val(v).NumField() }
func vFieldName(v any, i int) string    { return val(v).Type().Field(i).Name }
func vFieldExported(v any, i int) bool  { return val(v).Type().Field(i).IsExported() }
func vField(v any, i int) any           { return wrap(val(v).Field(i)) }
func vMapEntries(v any, keys, vals []any) {
	it := val(v).MapRange()
	n := 0
	for it.Next() && n < len(keys) {
		keys[n] = wrap(it.Key())
		vals[n] = wrap(it.Value())
		n++
	}
}
func vTypeID(v any) uintptr { return reflect.ValueOf(val(v).Type()).Pointer() }
func vInterface(v any) any {
	x := val(v)
	if x.Kind() == reflect.Interface {
		x = x.Elem()
		if !x.IsValid() {
			return nil
		}
	}
	return x.Interface()
}

func reflectValue(v any) any {
	rv := v.(reflect.Value)
	if !rv.IsValid() {
		return nil
	}
	return wrap(rv)
}
func reflectValueRO(v any) bool { return !v.(reflect.Value).CanInterface() }
