import { isSeq, parseDocument, YAMLSeq } from 'yaml';
import { CONFIG_MAX_BYTES } from './config/load.js';
import { UsageError } from './config/schema.js';
import { readNoFollowSync } from './files/read-no-follow.js';
import { writeReportFile } from './files/write-report.js';
import type { Finding } from './findings.js';

/**
 * Writes the findings as `ignore` entries (fingerprint + reason "baseline") into a config file, keeping whatever
 * else the file holds, so an existing fork fails only on new findings. Returns the number of entries added.
 */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  const read = readNoFollowSync(file, CONFIG_MAX_BYTES);
  if (!read.ok && read.problem !== 'ENOENT') throw new UsageError(`--write-baseline: cannot read ${file} (${read.problem === 'link' ? 'a symbolic link: never followed' : read.problem})`);
  const text = read.ok ? read.text : '';
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
