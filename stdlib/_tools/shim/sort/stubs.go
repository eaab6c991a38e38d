package sort

import "reflect"

func sliceLen(x any) int { return reflect.ValueOf(x).Len() }

func sliceSwap(x any, i, j int) { reflect.Swapper(x)(i, j) }
