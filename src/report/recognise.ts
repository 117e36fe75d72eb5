import { TOOL_NAME } from './model.js';

/**
 * Whether a file's text is one of this tool's own JSON or SARIF reports: its findings quote the values of the files
 * it scanned (public hashes whole), so scanning it again would report them twice. Only a whole report of the exact
 * shape counts, and a file left out for it is listed as skipped, never passed silently.
 */
export function isOwnReport(text: string): boolean {
  if (!text.includes(TOOL_NAME)) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isObject(parsed)) return false;
  const tool = parsed.tool;
  if (isObject(tool) && tool.name === TOOL_NAME) {
    return ['findings', 'suppressed', 'skipped'].every((key) => Array.isArray(parsed[key])) && isObject(parsed.summary) && isObject(parsed.checks);
  }
  const runs = parsed.runs;
  return typeof parsed.version === 'string' && parsed.version.startsWith('2.1') && Array.isArray(runs) && runs.length > 0 && runs.every(isOwnSarifRun);
}

function isOwnSarifRun(run: unknown): boolean {
  if (!isObject(run) || !isObject(run.tool) || !Array.isArray(run.results)) return false;
  const driver = run.tool.driver;
  return isObject(driver) && driver.name === TOOL_NAME;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
