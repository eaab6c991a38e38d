/*
 * atomic.c: the C half of package sync/atomic: sequentially consistent
 * atomics on 32- and 64-bit words (Go's memory model for sync/atomic).  A nil
 * address faults inside the builtin and becomes Go's nil-dereference panic
 * through the runtime's fault handler.
 */
#include "gosub_rt.h"

#define SC __ATOMIC_SEQ_CST
#define ATOMICS(Name, T) \
T sync_atomic__Swap##Name(T *addr, T new) { return __atomic_exchange_n(addr, new, SC); } \
go_bool sync_atomic__CompareAndSwap##Name(T *addr, T old, T new) \
	{ return __atomic_compare_exchange_n(addr, &old, new, 0, SC, SC); } \
T sync_atomic__Load##Name(T *addr) { return __atomic_load_n(addr, SC); } \
void sync_atomic__Store##Name(T *addr, T val) { __atomic_store_n(addr, val, SC); }
#define ADD(Name, T) \
T sync_atomic__Add##Name(T *addr, T delta) { return __atomic_add_fetch(addr, delta, SC); }

ATOMICS(Int32, int32_t)
ATOMICS(Int64, int64_t)
ATOMICS(Uint32, uint32_t)
ATOMICS(Uint64, uint64_t)
ATOMICS(Uintptr, uintptr_t)
ADD(Int32, int32_t)
ADD(Int64, int64_t)
ADD(Uint32, uint32_t)
ADD(Uint64, uint64_t)
ADD(Uintptr, uintptr_t)

void sync_atomic__yield(void) { gort_gosched(); }
