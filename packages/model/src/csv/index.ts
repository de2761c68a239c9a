export { fromCSV, csvToDesignFile, type CsvError } from './importCsv.js';
export { COLUMNS as CSV_COLUMNS, type Column as CsvColumn } from './columns.js';
