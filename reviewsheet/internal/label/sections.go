package label

// SectionOrder is the order of the top-level headings on the sheet.
var SectionOrder = []Label{SecBasic, SecBudget, SecOutcome, SecKPI, SecEvaluation, SecSpending, SecOtherRemarks}

// SectionSet indexes SectionOrder.
var SectionSet = func() *Set {
	specs := make([]Spec, len(SectionOrder))
	for i, l := range SectionOrder {
		specs[i].L = l
	}
	return NewSet(specs)
}()
