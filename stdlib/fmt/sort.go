package fmt

// Map keys are printed in a stable order (as internal/fmtsort does):
// numbers and strings by value, NaN first among floats, false before true,
// pointers and channels by address, structs and arrays element by element,
// interfaces by dynamic type first, then by value; nil sorts first.

func sortEntries(keys, vals []any) {
	// Insertion sort (maps printed by programs are small) would be quadratic
	// for large maps; use a merge sort instead.
	n := len(keys)
	if n < 2 {
		return
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	tmp := make([]int, n)
	mergeSort(keys, idx, tmp)
	k2 := make([]any, n)
	v2 := make([]any, n)
	for i, j := range idx {
		k2[i] = keys[j]
		v2[i] = vals[j]
	}
	copy(keys, k2)
	copy(vals, v2)
}

func mergeSort(keys []any, idx, tmp []int) {
	n := len(idx)
	if n < 2 {
		return
	}
	if n <= 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compare(keys[idx[j]], keys[idx[j-1]]) < 0; j-- {
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
		return
	}
	m := n / 2
	mergeSort(keys, idx[:m], tmp[:m])
	mergeSort(keys, idx[m:], tmp[m:])
	i, j, k := 0, m, 0
	for i < m && j < n {
		if compare(keys[idx[j]], keys[idx[i]]) < 0 {
			tmp[k] = idx[j]
			j++
		} else {
			tmp[k] = idx[i]
			i++
		}
		k++
	}
	for i < m {
		tmp[k] = idx[i]
		i++
		k++
	}
	for j < n {
		tmp[k] = idx[j]
		j++
		k++
	}
	copy(idx, tmp[:n])
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b != b: // both NaN
		return 0
	case a != a: // NaN first
		return -1
	}
	return 1
}

// compare orders two values of the same type.
func compare(a, b any) int {
	ka, kb := kindOf(a), kindOf(b)
	if ka != kb {
		return cmpInt(int64(ka), int64(kb))
	}
	switch ka {
	case kInt, kInt8, kInt16, kInt32, kInt64:
		return cmpInt(vInt(a), vInt(b))
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		return cmpUint(vUint(a), vUint(b))
	case kString:
		x, y := vString(a), vString(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kFloat32, kFloat64:
		return cmpFloat(vFloat(a), vFloat(b))
	case kComplex64, kComplex128:
		if c := cmpFloat(vReal(a), vReal(b)); c != 0 {
			return c
		}
		return cmpFloat(vImag(a), vImag(b))
	case kBool:
		x, y := vBool(a), vBool(b)
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case kPointer, kUnsafePointer, kChan:
		return cmpUint(uint64(vPointer(a)), uint64(vPointer(b)))
	case kStruct:
		n := vNumField(a)
		for i := 0; i < n; i++ {
			if c := compare(vField(a, i), vField(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case kArray:
		n := vLen(a)
		for i := 0; i < n; i++ {
			if c := compare(vIndex(a, i), vIndex(b, i)); c != 0 {
				return c
			}
		}
		return 0
	case kInterface:
		x, y := vElem(a), vElem(b)
		if x == nil || y == nil {
			switch {
			case x == nil && y == nil:
				return 0
			case x == nil:
				return -1
			}
			return 1
		}
		if c := cmpUint(uint64(vTypeID(x)), uint64(vTypeID(y))); c != 0 {
			return c
		}
		return compare(x, y)
	}
	return 0
}
