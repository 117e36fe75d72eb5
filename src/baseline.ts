import { isSeq, parseDocument, YAMLSeq } from 'yaml';
import { CONFIG_MAX_BYTES } from './config/load.js';
import { UsageError } from './config/schema.js';
import { readRegularFileSync } from './files/read-regular.js';
import { writeReportFile } from './files/write-report.js';
import type { Finding } from './findings.js';

/**
 * Writes the findings as `ignore` entries (fingerprint + reason "baseline") into a config file, keeping whatever
 * else the file holds, so an existing fork fails only on new findings. Returns the number of entries added.
 */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  let text = '';
  try {
    text = readRegularFileSync(file, CONFIG_MAX_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(`--write-baseline: cannot read ${file} (${code === 'ELOOP' ? 'a symbolic link: never followed' : (code ?? (err as Error).message)})`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new UsageError(`--write-baseline: ${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  let list = doc.get('ignore');
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('ignore', list);
  }
  const existing = new Set(((list as YAMLSeq).toJSON() as { fingerprint?: string }[]).map((e) => e?.fingerprint));
  let added = 0;
  for (const f of findings) {
    if (existing.has(f.fingerprint)) continue;
    existing.add(f.fingerprint);
    const node = doc.createNode({ fingerprint: f.fingerprint, reason: 'baseline' });
    node.commentBefore = ` ${f.ruleId} ${f.path}:${f.line}`;
    (list as YAMLSeq).add(node);
    added++;
  }
  await writeReportFile(file, doc.toString({ lineWidth: 0 }), { label: `--write-baseline: "${file}"` });
  return added;
}
