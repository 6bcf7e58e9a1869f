module github.com/rsheet/rsheet

go 1.26
