import { checkApiKeyValue } from './api-key-value';
import { ApiKeysError } from './api-keys.error';
import { MAX_NAME_LENGTH } from './create-api-key.request';

/** One row of an API key file (AWS "API Gateway API key file format"). */
export interface ImportedApiKey {
  /** 1-based line number, for warnings. */
  line: number;
  name: string;
  value: string;
  description: string;
  enabled: boolean;
  usagePlanIds: string[];
}

export interface ParsedApiKeyFile {
  keys: ImportedApiKey[];
  warnings: string[];
}

const COLUMNS = ['name', 'key', 'description', 'enabled', 'usageplanids'] as const;

/**
 * Parses the CSV: header names are case-insensitive and in any order, Name and Key are required, unknown
 * columns are ignored, values may be quoted with " or ', Description defaults to "" and Enabled to true.
 * Bad rows become warnings (the caller decides whether warnings fail the import).
 */
export function parseApiKeyFile(text: string): ParsedApiKeyFile {
  const rows = parseCsv(text.replace(/^\uFEFF/, '')).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw ApiKeysError.invalid('Invalid API key file: it is empty');
  const header = rows[0].cells.map((cell) => cell.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<(typeof COLUMNS)[number], number>;
  if (index.key < 0 || index.name < 0) throw ApiKeysError.invalid('Invalid API key file: the header must contain the Name and Key columns');
  const keys: ImportedApiKey[] = [];
  const warnings: string[] = [];
  for (const row of rows.slice(1)) {
    const cell = (column: (typeof COLUMNS)[number]): string => (index[column] >= 0 ? (row.cells[index[column]] ?? '').trim() : '');
    try {
      const value = checkApiKeyValue(cell('key'), ApiKeysError.invalid);
      const name = cell('name');
      if (name.length > MAX_NAME_LENGTH) throw ApiKeysError.invalid(`Name must be at most ${MAX_NAME_LENGTH} characters`);
      const enabledText = cell('enabled').toLowerCase();
      if (enabledText !== '' && enabledText !== 'true' && enabledText !== 'false') throw ApiKeysError.invalid(`Invalid Enabled value '${cell('enabled')}'`);
      keys.push({
        line: row.line,
        name,
        value,
        description: cell('description'),
        enabled: enabledText !== 'false',
        usagePlanIds: cell('usageplanids').split(',').map((id) => id.trim()).filter((id) => id !== ''),
      });
    } catch (error) {
      warnings.push(`Line ${row.line}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { keys, warnings };
}

interface CsvRow {
  line: number;
  cells: string[];
}

/** RFC 4180 plus single-quoted fields (AWS accepts both quote characters around UsagePlanIds). */
function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quote: string | undefined;
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && text[i + 1] === quote) { cell += c; i++; }
      else if (c === quote) quote = undefined;
      else { if (c === '\n') line++; cell += c; }
      continue;
    }
    if ((c === '"' || c === "'") && atCellStart) { quote = c; atCellStart = false; continue; }
    if (c === ',') { cells.push(cell); cell = ''; atCellStart = true; continue; }
    if (c === '\r') continue;
    if (c === '\n') {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = []; cell = ''; atCellStart = true; line++; rowLine = line;
      continue;
    }
    if (atCellStart && c === ' ') continue;
    atCellStart = false;
    cell += c;
  }
  if (quote) throw ApiKeysError.invalid(`Invalid API key file: unterminated quoted value starting on line ${rowLine}`);
  if (cell !== '' || cells.length > 0) { cells.push(cell); rows.push({ line: rowLine, cells }); }
  return rows;
}
