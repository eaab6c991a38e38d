package main

import "fmt"

func process(items []string) (log []string) {
	for i, it := range items {
		i, it := i, it // same result under Go 1.19 and Go 1.22 loop variable semantics
		defer func() {
			log = append(log, fmt.Sprintf("undo %d:%s", i, it))
		}()
		if it == "bad" {
			log = append(log, "stop at "+it)
			return
		}
		log = append(log, "do "+it)
	}
	return
}

func withRecover(vals []int) (sum int, errs []string) {
	for _, v := range vals {
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, fmt.Sprint(r))
				}
			}()
			if v < 0 {
				panic(fmt.Sprintf("negative %d", v))
			}
			sum += 100 / v
		}()
	}
	return
}

func main() {
	for _, l := range process([]string{"a", "b", "bad", "c"}) {
		fmt.Println(l)
	}
	fmt.Println(withRecover([]int{1, -2, 0, 4, -5}))
}
