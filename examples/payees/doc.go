// Command payees totals what each recipient (支出先), identified by its
// 法人番号, was paid across sheets: the same company or prefecture in
// several projects adds up.
//
//	go run ./examples/payees testdata/
//	go run ./examples/payees -min-projects 2 -n 50 sheets/
//
// Inputs are sheet texts (*.txt, or folders of them) or RS bulk CSVs
// (the ZIPs or a folder of them; the 支出先 table 5-1 must be there).
// The amount summed is 支出額 of each row of the 支出先上位者リスト, so
// only the top recipients of each block count (the その他 rows have no
// 法人番号). Re-delegated blocks count too: money a recipient received
// from another recipient is still money it received. Rows without a
// valid 法人番号 (individuals, "--", the placeholder 9999999999999) are
// summed separately.
//
// It holds: an example program (payees by 法人番号 across sheets).
// It imports: public packages of the module, examples/internal/exutil.
// It must never import: cmd/; nothing imports it.
package main
