// A bank-account simulation with interfaces, errors and a transaction log.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
	MonthEnd()
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrInvalid      = errors.New("invalid amount")
	ErrFrozen       = errors.New("account frozen")
)

type base struct {
	id      string
	balance int64
	frozen  bool
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() int64  { return b.balance }
func (b *base) Deposit(a int64) error {
	if a <= 0 {
		return ErrInvalid
	}
	if b.frozen {
		return ErrFrozen
	}
	b.balance += a
	return nil
}

type Checking struct {
	base
	overdraft int64
	fee       int64
}

func (c *Checking) Withdraw(a int64) error {
	if a <= 0 {
		return ErrInvalid
	}
	if c.balance-a < -c.overdraft {
		return fmt.Errorf("checking %s: withdraw %s: %w", c.id, money(a), ErrInsufficient)
	}
	c.balance -= a
	return nil
}

func (c *Checking) MonthEnd() {
	if c.balance < 0 {
		c.balance -= c.fee
	}
}

type Savings struct {
	base
	rateBP int64
	withdrawals int
}

func (s *Savings) Withdraw(a int64) error {
	if a <= 0 {
		return ErrInvalid
	}
	if s.withdrawals >= 2 {
		return fmt.Errorf("savings %s: withdrawal limit reached", s.id)
	}
	if a > s.balance {
		return fmt.Errorf("savings %s: withdraw %s: %w", s.id, money(a), ErrInsufficient)
	}
	s.balance -= a
	s.withdrawals++
	return nil
}

func (s *Savings) MonthEnd() {
	s.balance += s.balance * s.rateBP / 10000
	s.withdrawals = 0
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Bank struct {
	accounts map[string]Account
	log      []string
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		b.log = append(b.log, fmt.Sprintf("transfer %s %s->%s %s", money(amt), from, to, status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	if err := dst.Deposit(amt); err != nil {
		src.Deposit(amt)
		return err
	}
	return nil
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Printf("  %-6s %-9s %12s\n", id, kind, money(a.Balance()))
		total += a.Balance()
	}
	fmt.Printf("  %-16s %12s\n", "total", money(total))
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	bank.Open(&Checking{base: base{id: "alice"}, overdraft: 5000, fee: 1500})
	bank.Open(&Savings{base: base{id: "bob"}, rateBP: 125})
	bank.Open(&Checking{base: base{id: "carol", frozen: true}})
	for _, id := range []string{"alice", "bob"} {
		if err := bank.accounts[id].Deposit(100000); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(bank.accounts["carol"].Deposit(100), bank.accounts["bob"].Deposit(-5))
	steps := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 25050},
		{"alice", "bob", 80000},
		{"alice", "bob", 10000},
		{"bob", "alice", 1},
		{"bob", "alice", 2},
		{"bob", "alice", 3},
		{"bob", "dave", 1},
		{"alice", "carol", 100},
		{"bob", "alice", 999999},
	}
	for month := 1; month <= 2; month++ {
		for _, s := range steps {
			err := bank.Transfer(s.from, s.to, s.amt)
			if errors.Is(err, ErrInsufficient) {
				fmt.Println("insufficient:", err)
			}
		}
		for _, a := range bank.accounts {
			a.MonthEnd()
		}
		fmt.Println("after month", month)
		bank.Report()
	}
	fmt.Println(strings.Join(bank.log[:5], "\n"))
	fmt.Println(len(bank.log), "log entries")
}
