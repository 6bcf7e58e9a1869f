package reviewsheet

// parseSpending reads the 支出先 section. (Spending issue: not yet.)
func (p *parser) parseSpending(s *section) {}
