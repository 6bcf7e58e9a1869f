package sheetarrow

import (
	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/reviewsheet/crossproject"
	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// Set-level tables of crossproject.Result (package sheettable declares
// their columns and how each cell is read; see crossproject for the
// rules: entity keys, levels, sources, sums).
var (
	EntitiesTable         = sheettable.EntitiesTable
	EntityTotalsTable     = sheettable.EntityTotalsTable
	EntityPaymentsTable   = sheettable.EntityPaymentsTable
	ContractsTable        = sheettable.ContractsTable
	ProjectYearsTable     = sheettable.ProjectYearsTable
	SummaryMinistryTable  = sheettable.SummaryMinistryTable
	SummaryContractsTable = sheettable.SummaryContractsTable
)

// CrossTables lists the set-level tables of crossproject, in output order.
func CrossTables() []*SetTable { return sheettable.CrossTables() }

// CrossRecords turns a crossproject result into one record per table of
// CrossTables (the caller releases them).
func CrossRecords(mem memory.Allocator, r *crossproject.Result) ([]SetRecord, error) {
	rows, err := sheettable.Cross(r)
	if err != nil {
		return nil, err
	}
	return []SetRecord{
		setRecord(mem, EntitiesTable, sheettable.EntityCols, rows.Entities),
		setRecord(mem, EntityTotalsTable, sheettable.EntityTotalCols, rows.EntityTotals),
		setRecord(mem, EntityPaymentsTable, sheettable.EntityPaymentCols, rows.EntityPayments),
		setRecord(mem, ContractsTable, sheettable.ContractCols, rows.Contracts),
		setRecord(mem, ProjectYearsTable, sheettable.ProjectYearCols, rows.ProjectYears),
		setRecord(mem, SummaryMinistryTable, sheettable.SummaryMinistryCols, rows.SummaryMinistry),
		setRecord(mem, SummaryContractsTable, sheettable.SummaryContractCols, rows.SummaryContracts),
	}, nil
}
