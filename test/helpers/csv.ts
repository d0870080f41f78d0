// Reading the gradebook back as a spreadsheet would: the reader `grade batch --compare` uses.
export { parseCsv } from '../../reports/class/csv.js';
