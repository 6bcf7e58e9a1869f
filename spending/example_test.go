package spending_test

import (
	"fmt"

	"github.com/rsheet/rsheet/spending"
)

func ExampleValidCorporateNumber() {
	for _, n := range []string{"4010001054032", "4010001054033", "9999999999999"} {
		fmt.Println(n, spending.ValidCorporateNumber(n), spending.PlaceholderCorporateNumber(n))
	}
	// Output:
	// 4010001054032 true false
	// 4010001054033 false false
	// 9999999999999 true true
}

func ExampleMethod_Class() {
	for _, m := range []spending.Method{"一般競争契約（総合評価）", "随意契約（少額）", "補助金等交付", "その他(再委託)"} {
		fmt.Printf("%s %v %v %q\n", m, m.Class(), m.Competitive(), m.Detail())
	}
	// Output:
	// 一般競争契約（総合評価） competitive true ""
	// 随意契約（少額） negotiated false ""
	// 補助金等交付 grant false ""
	// その他(再委託) other false "再委託"
}

func ExampleSpending_DirectPayment() {
	k := func(v int64) *int64 { v *= 1000; return &v }
	s := spending.Spending{
		Flow: spending.Flow{Amount: k(684784), IndirectTotal: k(1079)},
		Blocks: []spending.Block{
			{Block: "A", Total: k(622650)},
			{Block: "B", Total: k(16640)},
			{Block: "C", Total: k(44415)},
			{Block: "D", Total: k(12000), Parent: "A"}, // re-delegated: inside A's total
		},
	}
	sum := s.DirectPayment()
	fmt.Println(sum.Yen/1000, "千円 from", sum.N, "figures; flow prints", *s.Flow.Amount/1000)
	// Output: 684784 千円 from 4 figures; flow prints 684784
}

func ExampleLocalGovernmentCode() {
	code, _ := spending.LocalGovernmentCode("4000020210005")
	fmt.Println(code, spending.ValidLocalGovernmentCode(code), spending.PrefectureOf(code))
	// Output: 210005 true 岐阜県
}
