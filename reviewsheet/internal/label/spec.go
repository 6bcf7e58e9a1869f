package label

// Spec is one label a section may print, in sheet order.
type Spec struct {
	L Label
	// inline: the label may also stand after other text on a line (in a
	// row such as "関連事業 -- 主要経費 その他の事項経費", or after the
	// value of the cell to its left as in "-- その他特記事項").
	Inline bool
	// valueNext: the line after the label (when the label ends its line)
	// is the value even when it reads like a label; 後続アウトカムへのつながり
	// may say just "短期アウトカム".
	ValueNext bool
}
