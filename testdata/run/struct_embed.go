package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

type User struct {
	Base
	*Timestamps
	Email string
	Name  string // shadows Base.Name
}

type Admin struct {
	User
	Level int
}

func main() {
	u := User{Base: Base{1, "base"}, Timestamps: &Timestamps{10, 20}, Email: "u@x", Name: "user"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Created, u.Email)
	fmt.Println(u.Describe())
	u.Rename("renamed")
	fmt.Println(u.Base.Name, u.Name)
	u.Updated = 30
	fmt.Println(u.Timestamps.Updated)
	a := Admin{User: u, Level: 9}
	fmt.Println(a.ID, a.Describe(), a.Level, a.User.Base.ID, a.Created)
	a.Rename("admin")
	fmt.Println(a.Base.Name, u.Base.Name)
	fmt.Printf("%+v\n", a.User.Base)
	pa := &a
	pa.ID = 42
	fmt.Println(a.ID, pa.Describe())
}
