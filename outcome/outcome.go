package outcome

// Graph is the 効果発現経路 of one sheet. (Filled in by the outcome issue.)
type Graph struct {
	Nodes []Node  `json:"nodes"`
	Paths [][]int `json:"paths"`
}

// Node is one numbered box of the graph.
type Node struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
	Text string `json:"text"`
}
