package reviewsheet_test

import (
	"fmt"
	"log"
	"os"

	"github.com/rsheet/rsheet/reviewsheet"
)

func ExampleParse() {
	f, err := os.Open("../testdata/rs2025-006423.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sheet, err := reviewsheet.Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	y := sheet.Budget.YearOf(2024)
	fmt.Println(sheet.ProjectID, sheet.Name)
	fmt.Printf("2024: 計 %d 円, 執行額 %d 円, 執行率 %.1f%%\n", *y.Total, *y.Executed, *y.ExecutionRate)
	// Output:
	// 006423 孤独・孤立対策推進経費
	// 2024: 計 3953908000 円, 執行額 684784000 円, 執行率 17.3%
}

func ExampleParser() {
	src := []byte("2025年度行政事業レビューシート 内閣府\n事業\n基本情報\n組織情報 府省庁 内閣府\n")
	p := reviewsheet.Parser{Name: "short.txt", Lenient: true}
	sheet, err := p.ParseBytes(src)
	fmt.Println(sheet.Name)
	for _, e := range err.(reviewsheet.ErrorList)[:2] {
		fmt.Println(e)
	}
	// Output:
	// 事業
	// short.txt:4:1: その他備考: section heading not found: missing
	// short.txt:4:1: その他担当組織: label not found: missing
}
