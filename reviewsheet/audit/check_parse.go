package audit

// parseWarnings reports each parse warning of the sheet as a finding with
// code "parse." + its code (parse.unsplit_cell), severity warning, at its
// line: the text there was kept but not split into its cells.
func (c *checker) parseWarnings() {
	for _, w := range c.s.Warnings {
		c.out = append(c.out, Finding{
			File:     c.sourceName(),
			Code:     Code("parse." + w.Code),
			Severity: SeverityWarning,
			Path:     w.Path,
			Line:     w.Line,
			Page:     c.s.Source.Page(w.Line),
			Message:  w.Label + ": " + w.Message,
		})
	}
}
