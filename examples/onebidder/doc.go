// Command onebidder lists the competitive contracts (一般競争契約,
// 指名競争契約) that had a single bidder (入札者数 1) across a folder of
// sheets, largest first.
//
//	go run ./examples/onebidder testdata/
//	go run ./examples/onebidder -csv sheets/ > onebidder.csv
//
// Inputs are sheet texts (*.txt, or folders of them) or RS bulk CSVs
// (the ZIPs or a folder of them; the 支出先 tables 5-1 must be there).
// Amounts are 千円; 落札率 "--" means not disclosed, and the reason the
// ministry gave is printed beside it.
//
// It holds: an example program (一者応札 contracts).
// It imports: public packages of the module, examples/internal/exutil.
// It must never import: cmd/; nothing imports it.
package main
