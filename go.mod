module github.com/rsheet/rsheet

go 1.26

require (
	github.com/apache/arrow/go/v17 v17.0.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
