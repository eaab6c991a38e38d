// A text-adventure state machine driven by a scripted list of commands.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Dark  bool
}

type State int

const (
	Playing State = iota
	Won
	Dead
)

func (s State) String() string {
	switch s {
	case Playing:
		return "playing"
	case Won:
		return "won"
	}
	return "dead"
}

type Game struct {
	rooms map[string]*Room
	here  string
	inv   map[string]bool
	state State
	moves int
}

func NewGame() *Game {
	rooms := map[string]*Room{
		"hall":    {Name: "Hall", Desc: "A dusty hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}, Items: []string{"lamp"}},
		"library": {Name: "Library", Desc: "Shelves of old books.", Exits: map[string]string{"south": "hall", "down": "cellar"}, Items: []string{"book"}},
		"kitchen": {Name: "Kitchen", Desc: "It smells of bread.", Exits: map[string]string{"west": "hall"}, Items: []string{"key", "bread"}},
		"cellar":  {Name: "Cellar", Desc: "A locked chest sits here.", Exits: map[string]string{"up": "library"}, Dark: true},
	}
	return &Game{rooms: rooms, here: "hall", inv: map[string]bool{}}
}

func (g *Game) look() string {
	r := g.rooms[g.here]
	if r.Dark && !g.inv["lamp"] {
		return "It is pitch dark. You may be eaten by a grue."
	}
	exits := make([]string, 0, len(r.Exits))
	for d := range r.Exits {
		exits = append(exits, d)
	}
	sort.Strings(exits)
	s := fmt.Sprintf("%s: %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (g *Game) Do(line string) string {
	if g.state != Playing {
		return "The game is over."
	}
	g.moves++
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return "Say something."
	}
	verb, obj := words[0], ""
	if len(words) > 1 {
		obj = words[1]
	}
	r := g.rooms[g.here]
	switch verb {
	case "look", "l":
		return g.look()
	case "go", "n", "s", "e", "w", "north", "south", "east", "west", "up", "down":
		dir := obj
		if verb != "go" {
			dir = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
			if dir == "" {
				dir = verb
			}
		}
		to, ok := r.Exits[dir]
		if !ok {
			return "You can't go " + dir + "."
		}
		if r.Dark && !g.inv["lamp"] {
			g.state = Dead
			return "You stumble in the dark and are eaten by a grue."
		}
		g.here = to
		return g.look()
	case "take", "get":
		for i, it := range r.Items {
			if it == obj {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				g.inv[obj] = true
				return "Taken: " + obj + "."
			}
		}
		return "No " + obj + " here."
	case "drop":
		if !g.inv[obj] {
			return "You don't have " + obj + "."
		}
		delete(g.inv, obj)
		r.Items = append(r.Items, obj)
		return "Dropped."
	case "inventory", "i":
		if len(g.inv) == 0 {
			return "You carry nothing."
		}
		var items []string
		for it := range g.inv {
			items = append(items, it)
		}
		sort.Strings(items)
		return "You carry: " + strings.Join(items, ", ") + "."
	case "open":
		if g.here != "cellar" || obj != "chest" {
			return "Nothing to open."
		}
		if !g.inv["key"] {
			return "The chest is locked."
		}
		g.state = Won
		return "The chest opens. Treasure! You win."
	case "eat":
		if obj == "bread" && g.inv["bread"] {
			delete(g.inv, "bread")
			return "Delicious."
		}
		return "You can't eat that."
	}
	return "I don't understand " + verb + "."
}

func play(script []string) {
	g := NewGame()
	fmt.Println(g.look())
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Printf("[%v after %d moves]\n", g.state, g.moves)
}

func main() {
	play([]string{"take lamp", "n", "down", "open chest", "up", "s", "e", "take key", "take bread", "eat bread", "i", "w", "go north", "go down", "look", "open chest", "look"})
	play([]string{"dance", "", "drop lamp", "n", "down", "up"})
	play([]string{"n", "go down", "go up"})
}
