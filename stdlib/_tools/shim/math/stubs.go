package math

import (
	rm "math"
)

func Float64bits(f float64) uint64     { return rm.Float64bits(f) }
func Float64frombits(b uint64) float64 { return rm.Float64frombits(b) }
func Float32bits(f float32) uint32     { return rm.Float32bits(f) }
func Float32frombits(b uint32) float32 { return rm.Float32frombits(b) }
func Sqrt(x float64) float64           { return rm.Sqrt(x) }
func Floor(x float64) float64          { return rm.Floor(x) }
func Ceil(x float64) float64           { return rm.Ceil(x) }
func Trunc(x float64) float64          { return rm.Trunc(x) }
func FMA(x, y, z float64) float64      { return rm.FMA(x, y, z) }
func Exp(x float64) float64      { return rm.Exp(x) }
func Log(x float64) float64      { return rm.Log(x) }
func Hypot(p, q float64) float64 { return rm.Hypot(p, q) }
