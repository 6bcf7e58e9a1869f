package reviewsheet

// parseOutcome reads the 効果発現経路 section. (Outcome issue: not yet.)
func (p *parser) parseOutcome(s *section) {}
