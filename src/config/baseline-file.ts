import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from './load.js';
import { UsageError, type Config } from './schema.js';

export interface BaselineSource {
  /** The path as the user wrote it: positions in the file are named after it. */
  name: string;
  /** Its absolute path. */
  file: string;
  /** How read errors name it (`--baseline "…"`, `input baseline: "…"`). */
  label: string;
  /** The file must be inside the workspace (it comes with the tree or from an action input). */
  confine: boolean;
}

export interface BaselineRead {
  /** The config with the baseline's entries added to its `ignore` list. */
  config: Config;
  /** What the run should say about the baseline (a file not written yet). */
  notes: string[];
}

/** The config's own `baseline` key, relative to the workspace root. */
export function configuredBaseline(root: string, config: Config): BaselineSource | undefined {
  if (config.baseline === undefined) return undefined;
  return { name: config.baseline, file: resolve(root, config.baseline), label: `config baseline "${config.baseline}"`, confine: true };
}

/**
 * Reads a baseline file (`ignore` entries written by --write-baseline) beside the config: its entries suppress as
 * kind `baseline`. The file is read under the config's rules (no links, capped, confined when it comes with the
 * tree); a file that does not exist yet is a note, so the run that writes it can already name it.
 */
export async function withBaseline(root: string, config: Config, source: BaselineSource | undefined): Promise<BaselineRead> {
  if (source === undefined) return { config, notes: [] };
  const missing = await lstat(source.file).then(
    () => false,
    (err: NodeJS.ErrnoException) => err.code === 'ENOENT',
  );
  if (missing) return { config, notes: [`${source.name}: the baseline file does not exist yet (write it with --write-baseline ${source.name})`] };
  const baseline = await loadConfig(root, source.file, { confine: source.confine, label: source.label, name: source.name });
  const other = Object.entries(baseline).filter(([key, value]) => !['source', 'file', 'ignore', 'credentials'].includes(key) && value !== undefined).map(([key]) => key);
  if (baseline.credentials.extra.length > 0) other.push('credentials');
  if (other.length > 0) throw new UsageError(`${source.name}: a baseline file holds only "ignore" entries (it also has ${other.map((k) => `"${k}"`).join(', ')}: those belong in the config)`);
  const entries = baseline.ignore.map((e) => ({ ...e, fromBaseline: true }));
  return { config: { ...config, ignore: [...config.ignore, ...entries] }, notes: [] };
}
