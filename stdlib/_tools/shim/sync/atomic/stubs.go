package atomic

import (
	"runtime"
	ra "sync/atomic"
)

func SwapInt32(addr *int32, new int32) (old int32)          { return ra.SwapInt32(addr, new) }
func SwapInt64(addr *int64, new int64) (old int64)          { return ra.SwapInt64(addr, new) }
func SwapUint32(addr *uint32, new uint32) (old uint32)      { return ra.SwapUint32(addr, new) }
func SwapUint64(addr *uint64, new uint64) (old uint64)      { return ra.SwapUint64(addr, new) }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)  { return ra.SwapUintptr(addr, new) }
func CompareAndSwapInt32(addr *int32, old, new int32) bool  { return ra.CompareAndSwapInt32(addr, old, new) }
func CompareAndSwapInt64(addr *int64, old, new int64) bool  { return ra.CompareAndSwapInt64(addr, old, new) }
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	return ra.CompareAndSwapUint32(addr, old, new)
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	return ra.CompareAndSwapUint64(addr, old, new)
}
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	return ra.CompareAndSwapUintptr(addr, old, new)
}
func AddInt32(addr *int32, delta int32) int32         { return ra.AddInt32(addr, delta) }
func AddUint32(addr *uint32, delta uint32) uint32     { return ra.AddUint32(addr, delta) }
func AddInt64(addr *int64, delta int64) int64         { return ra.AddInt64(addr, delta) }
func AddUint64(addr *uint64, delta uint64) uint64     { return ra.AddUint64(addr, delta) }
func AddUintptr(addr *uintptr, delta uintptr) uintptr { return ra.AddUintptr(addr, delta) }
func LoadInt32(addr *int32) int32                     { return ra.LoadInt32(addr) }
func LoadInt64(addr *int64) int64                     { return ra.LoadInt64(addr) }
func LoadUint32(addr *uint32) uint32                  { return ra.LoadUint32(addr) }
func LoadUint64(addr *uint64) uint64                  { return ra.LoadUint64(addr) }
func LoadUintptr(addr *uintptr) uintptr               { return ra.LoadUintptr(addr) }
func StoreInt32(addr *int32, val int32)               { ra.StoreInt32(addr, val) }
func StoreInt64(addr *int64, val int64)               { ra.StoreInt64(addr, val) }
func StoreUint32(addr *uint32, val uint32)            { ra.StoreUint32(addr, val) }
func StoreUint64(addr *uint64, val uint64)            { ra.StoreUint64(addr, val) }
func StoreUintptr(addr *uintptr, val uintptr)         { ra.StoreUintptr(addr, val) }
func yield()                                          { runtime.Gosched() }
