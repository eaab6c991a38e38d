// Package atomic provides low-level atomic memory primitives (gosub
// standard library).  Goroutines are scheduled cooperatively on one thread,
// so plain loads and stores are atomic here.
package atomic

// SwapInt32 atomically stores new into *addr and returns the previous *addr value.
func SwapInt32(addr *int32, new int32) (old int32) { old = *addr; *addr = new; return }

// SwapInt64 atomically stores new into *addr and returns the previous *addr value.
func SwapInt64(addr *int64, new int64) (old int64) { old = *addr; *addr = new; return }

// SwapUint32 atomically stores new into *addr and returns the previous *addr value.
func SwapUint32(addr *uint32, new uint32) (old uint32) { old = *addr; *addr = new; return }

// SwapUint64 atomically stores new into *addr and returns the previous *addr value.
func SwapUint64(addr *uint64, new uint64) (old uint64) { old = *addr; *addr = new; return }

// SwapUintptr atomically stores new into *addr and returns the previous *addr value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old = *addr; *addr = new; return }

// CompareAndSwapInt32 executes the compare-and-swap operation for an int32 value.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// CompareAndSwapInt64 executes the compare-and-swap operation for an int64 value.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// AddInt32 atomically adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) { *addr += delta; return *addr }

// AddUint32 atomically adds delta to *addr and returns the new value.
func AddUint32(addr *uint32, delta uint32) (new uint32) { *addr += delta; return *addr }

// AddInt64 atomically adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64) { *addr += delta; return *addr }

// AddUint64 atomically adds delta to *addr and returns the new value.
func AddUint64(addr *uint64, delta uint64) (new uint64) { *addr += delta; return *addr }

// AddUintptr atomically adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

// LoadInt32 atomically loads *addr.
func LoadInt32(addr *int32) (val int32) { return *addr }

// LoadInt64 atomically loads *addr.
func LoadInt64(addr *int64) (val int64) { return *addr }

// LoadUint32 atomically loads *addr.
func LoadUint32(addr *uint32) (val uint32) { return *addr }

// LoadUint64 atomically loads *addr.
func LoadUint64(addr *uint64) (val uint64) { return *addr }

// LoadUintptr atomically loads *addr.
func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

// StoreInt32 atomically stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

// StoreInt64 atomically stores val into *addr.
func StoreInt64(addr *int64, val int64) { *addr = val }

// StoreUint32 atomically stores val into *addr.
func StoreUint32(addr *uint32, val uint32) { *addr = val }

// StoreUint64 atomically stores val into *addr.
func StoreUint64(addr *uint64, val uint64) { *addr = val }

// StoreUintptr atomically stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

// A Bool is an atomic boolean value.
type Bool struct{ v uint32 }

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return x.v != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { x.v = b32(val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { old = x.v != 0; x.v = b32(new); return }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an atomic int32.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { return x.v }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

// An Int64 is an atomic int64.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { return x.v }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

// A Uint32 is an atomic uint32.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { return x.v }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

// A Uint64 is an atomic uint64.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { return x.v }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil.
func (v *Value) Load() (val any) { return v.v }

// Store sets the value of the Value v to val.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.v = val
}

// Swap stores new into Value and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old = v.v
	v.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if v.v == old {
		v.v = new
		return true
	}
	return false
}
