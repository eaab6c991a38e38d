package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog and then some more words to sort by length")
	w1 := append([]string(nil), words...)
	sort.Sort(byLen(w1))
	fmt.Println(w1)
	w2 := append([]string(nil), words...)
	sort.Stable(byLen(w2))
	fmt.Println(w2)
	w3 := append([]string(nil), words...)
	sort.Slice(w3, func(i, j int) bool {
		if len(w3[i]) != len(w3[j]) {
			return len(w3[i]) > len(w3[j])
		}
		return w3[i] < w3[j]
	})
	fmt.Println(w3)
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	grid := [][]int{{3, 1}, {1, 2}, {2, 2}, {1, 1}, {3, 0}}
	sort.Slice(grid, func(i, j int) bool {
		if grid[i][0] != grid[j][0] {
			return grid[i][0] < grid[j][0]
		}
		return grid[i][1] < grid[j][1]
	})
	fmt.Println(grid)
	type rec struct {
		id    int
		score float64
	}
	recs := []rec{{1, 2.5}, {2, 1.5}, {3, 2.5}, {4, 0.5}, {5, 1.5}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].score > recs[j].score })
	fmt.Println(recs)
	pos := sort.SearchStrings(keys, "lazy")
	fmt.Println(pos, keys[pos])
}
