module github.com/rsheet/rsheet/internal/pdftext/htmlgen

go 1.26.0
