package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 3}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear", "kiwi"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	removed := heap.Remove(&pq, 2).(*Item)
	fmt.Println("removed", removed.value)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.value, it.priority)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBack(5)
	l.MoveToFront(e4)
	l.MoveAfter(e1, e4)
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(strings.Join(parts, ","), l.Len())
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	other := list.New()
	other.PushBack("x")
	l.PushBackList(other)
	fmt.Println(l.Len(), l.Back().Value)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r.Unlink(2)
	r.Move(2).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
}
