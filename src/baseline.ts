import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { CONFIG_MAX_BYTES } from './config/load.js';
import { UsageError } from './config/schema.js';
import { readRegularFileSync } from './files/read-regular.js';
import { writeReportFile } from './files/write-report.js';
import { placeText, type Finding } from './findings.js';
import { visibleControls } from './report/visible.js';
import { ruleById } from './rules.js';

export interface BaselineWritten {
  added: number;
  /** Findings of rules that depend on the run's environment (source-unverified): never baselined. */
  leftOut: number;
}

/**
 * Writes the findings as `ignore` entries (fingerprint, rule, reason "baseline") into a YAML file, so an existing
 * fork fails only on new findings. An existing file is edited in place: the new entries are spliced in at the
 * positions the yaml document gives, so every byte of the user's text (comments, flow style, quoting) stays as
 * it was. Findings whose rule depends on the run's environment are left out: they would stop matching later.
 */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<BaselineWritten> {
  let text = '';
  try {
    text = readRegularFileSync(file, CONFIG_MAX_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(`--write-baseline: cannot read ${file} (${code === 'ELOOP' ? 'a symbolic link: never followed' : (code ?? (err as Error).message)})`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new UsageError(`--write-baseline: ${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  if (doc.contents !== null && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw new UsageError(`--write-baseline: ${file} is not a mapping of configuration keys`);
  }
  const list = doc.get('ignore', true);
  if (list !== undefined && !isSeq(list) && !(isScalar(list) && list.value === null)) throw new UsageError(`--write-baseline: ${file}: "ignore" is not a list`);
  const existing = new Set(isSeq(list) ? (list.toJSON() as { fingerprint?: unknown }[]).map((e) => e?.fingerprint) : []);
  const entries: Entry[] = [];
  let leftOut = 0;
  for (const f of findings) {
    if (ruleById(f.ruleId)?.environmental) {
      leftOut++;
      continue;
    }
    if (existing.has(f.fingerprint)) continue;
    existing.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, item: `{ fingerprint: ${f.fingerprint}, rules: [${f.ruleId}], reason: baseline }`, comment: `${f.ruleId} ${visibleControls(placeText(f))}` });
  }
  if (entries.length > 0) {
    const updated = spliceEntries(text, doc, isSeq(list) ? list : undefined, entries);
    const written = parseDocument(updated);
    const listed = new Set(isSeq(written.get('ignore', true)) ? (written.toJS().ignore as { fingerprint?: unknown }[]).map((e) => e?.fingerprint) : []);
    if (written.errors.length > 0 || entries.some((e) => !listed.has(e.fingerprint))) {
      throw new UsageError(`--write-baseline: cannot add entries to ${file} without rewriting its layout; write the baseline to a file of its own`);
    }
    await writeReportFile(file, updated, { label: `--write-baseline: "${file}"` });
  }
  return { added: entries.length, leftOut };
}

interface Entry {
  fingerprint: string;
  /** The entry as a flow mapping, and the comment that says what it silences. */
  item: string;
  comment: string;
}

function spliceEntries(text: string, doc: Document, list: YAMLSeq | undefined, entries: readonly Entry[]): string {
  const block = (indent: string) => entries.map((e) => `${indent}- ${e.item}  # ${e.comment}`).join('\n');
  if (list?.flow && list.range) {
    // Before the closing bracket of `ignore: [ … ]`: one entry per line, the list stays a flow list.
    const close = text.lastIndexOf(']', list.range[1]);
    const items = entries.map((e) => `  ${e.item}, # ${e.comment}`).join('\n');
    const separator = list.items.length > 0 && !text.slice(0, close).trimEnd().endsWith(',') ? ',' : '';
    return `${text.slice(0, close)}${separator}\n${items}\n${text.slice(close)}`;
  }
  if (list?.range && list.items.length > 0) {
    const start = list.range[0];
    const indent = ' '.repeat(start - (text.lastIndexOf('\n', start - 1) + 1));
    // After the line where the list's last item ends.
    const lastEnd = (list.items.at(-1) as { range?: [number, number, number] }).range?.[1] ?? list.range[1];
    const lineEnd = text.indexOf('\n', Math.max(lastEnd - 1, 0));
    const at = lineEnd === -1 ? text.length : lineEnd;
    return `${text.slice(0, at)}\n${block(indent)}${text.slice(at)}`;
  }
  if (list !== undefined) {
    // `ignore:` with nothing after it (or `ignore: []`): the entries go right under the key.
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'ignore') : undefined;
    const keyStart = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
    const lineEnd = text.indexOf('\n', keyStart);
    const head = text.slice(0, lineEnd === -1 ? text.length : lineEnd).replace(/\[\s*\]\s*$/, '').trimEnd();
    return `${head}\n${block('  ')}${lineEnd === -1 ? '\n' : text.slice(lineEnd)}`;
  }
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${sep}ignore:\n${block('  ')}\n`;
}
