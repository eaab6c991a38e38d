package errors

import "reflect"


func checkTarget(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		return 1
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflect.Interface && !targetType.Implements(reflect.TypeOf((*error)(nil)).Elem()) {
		return 2
	}
	return 0
}

func asTarget(err any, target any) bool {
	val := reflect.ValueOf(target)
	targetType := val.Type().Elem()
	if reflect.TypeOf(err).AssignableTo(targetType) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}

func typeComparable(x any) bool { return reflect.TypeOf(x).Comparable() }
