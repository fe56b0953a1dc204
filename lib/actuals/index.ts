/**
 * Importing actuals from CSV exports: pure and framework-free, so the
 * preview the founder confirms in the browser and the rows the server
 * stores come from the same code. Flow: inspectCsv (columns, a detected
 * mapping) → the founder confirms or edits the ColumnMapping → previewImport
 * (weeks, bad rows with reasons) → the data layer stores the weeks in one
 * transaction.
 */
export { CSV_MAX_CHARS, CSV_MAX_ROWS, csvField, parseCsv, type CsvDelimiter, type CsvOptions, type CsvResult, type CsvRow, type CsvTable } from './csv';
export {
  columnMappingSchema,
  detectMapping,
  headerKey,
  locateColumns,
  mappingKey,
  paymentsMappingSchema,
  totalsMappingSchema,
  type ColumnMapping,
  type ColumnMappingInput,
  type PaymentsMapping,
  type PresetName,
  type TotalsMapping,
} from './mapping';
export { inspectCsv, MAX_SOURCES, MAX_WEEKS, previewImport, type CsvInspection, type ImportError, type ImportOptions, type ImportPreview, type ImportSource, type ImportTotals, type PreviewResult } from './preview';
export type { BadRowCode } from './reasons';
export { FIGURES, type BadRow, type Figure, type SkippedRow, type SourceSummary } from './rows';
export { dayNumber, weekOf, weeksOf, type WeekActuals } from './weeks';
export { isoDay, mondayOf } from './values';
