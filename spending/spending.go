package spending

// Spending is the 支出先 section of one sheet. (Filled in by the spending issue.)
type Spending struct {
	Blocks []Block `json:"blocks"`
}

// Block is one 支出先ブロック.
type Block struct {
	Block string `json:"block"`
}
