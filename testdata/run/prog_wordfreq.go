// Word frequency count over an embedded text, with sorting by count then word.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we were
all going direct the other way – in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only. Café, naïve, café!`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total words:", len(words), "distinct:", len(entries))
	for _, e := range entries[:12] {
		fmt.Printf("%-10s %3d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
	byLen := map[int][]string{}
	maxLen := 0
	for w := range counts {
		n := len([]rune(w))
		byLen[n] = append(byLen[n], w)
		if n > maxLen {
			maxLen = n
		}
	}
	for n := maxLen; n > maxLen-3; n-- {
		ws := byLen[n]
		sort.Strings(ws)
		fmt.Println(n, ws)
	}
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	fmt.Println(letters['e'], letters['t'], letters['é'], letters['ï'], len(letters))
	fmt.Println(counts)
}
