// Dijkstra's shortest paths on a small weighted graph with a hand-written binary heap.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w float64) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type item struct {
	node string
	dist float64
}

type Heap []item

func (h *Heap) Push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h Heap) less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}

func (h *Heap) Pop() item {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func Dijkstra(g Graph, src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &Heap{}
	h.Push(item{src, 0})
	visited := map[string]bool{}
	for len(*h) > 0 {
		it := h.Pop()
		if visited[it.node] {
			continue
		}
		visited[it.node] = true
		for _, e := range g[it.node] {
			nd := it.dist + e.Weight
			if nd < dist[e.To] || (nd == dist[e.To] && it.node < prev[e.To]) {
				dist[e.To] = nd
				prev[e.To] = it.node
				h.Push(item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append(p, n)
		if n == src {
			break
		}
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := Graph{}
	edges := []struct {
		a, b string
		w    float64
	}{
		{"A", "B", 7}, {"A", "C", 9}, {"A", "F", 14}, {"B", "C", 10}, {"B", "D", 15},
		{"C", "D", 11}, {"C", "F", 2}, {"D", "E", 6}, {"E", "F", 9}, {"G", "H", 1},
	}
	for _, e := range edges {
		g.AddEdge(e.a, e.b, e.w)
	}
	dist, prev := Dijkstra(g, "A")
	nodes := make([]string, 0, len(dist))
	for n := range dist {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if math.IsInf(dist[n], 1) {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %4.1f via %s\n", n, dist[n], path(prev, "A", n))
	}
	grid := Graph{}
	const W = 6
	for y := 0; y < W; y++ {
		for x := 0; x < W; x++ {
			id := fmt.Sprintf("%d,%d", x, y)
			if x+1 < W {
				grid.AddEdge(id, fmt.Sprintf("%d,%d", x+1, y), float64(1+(x*y)%4))
			}
			if y+1 < W {
				grid.AddEdge(id, fmt.Sprintf("%d,%d", x, y+1), float64(1+(x+y)%3))
			}
		}
	}
	d2, p2 := Dijkstra(grid, "0,0")
	fmt.Println(d2["5,5"], path(p2, "0,0", "5,5"))
}
