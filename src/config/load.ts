import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { LineCounter, isMap, isSeq, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { isInside } from '../files/inside.js';
import { readRegularFileSync } from '../files/read-regular.js';
import { FAIL_ON_VALUES, type FailOn } from '../findings.js';
import { CHECK_NAMES, RULE_IDS, type CheckName } from '../rules.js';
import { SETTINGS } from '../checks/all.js';
import type { SettingDeclaration } from '../checks/declaration.js';
import { settingProblem } from '../options.js';
import { CONFIG_KEYS } from './keys.js';
import { DEFAULT_CONFIG_PATH, EMPTY_CONFIG, RULE_LEVELS, UsageError, type Config, type ExtraCredential, type IgnoreEntry, type RuleLevel } from './schema.js';
import { globProblem } from './glob-check.js';
import { parseSize } from './size.js';
import { didYouMean } from './suggest.js';

/** Larger than any real configuration; a file over it is refused unread. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

export interface ConfigFileOptions {
  /** How messages name the file (the action: `input config: "…"`); the path as given when absent. */
  label?: string;
  /** The file's real folder must be inside root. Always so for the default path, which comes with the tree. */
  confine?: boolean;
  /** How positions in the file are named (`name:line:col`); the path as given when absent. */
  name?: string;
}

/**
 * Reads the configuration: `explicit` (relative to the current folder) must exist; otherwise the default file
 * under the workspace root is read when present. One rule for both: never read through a symbolic link, never
 * more than CONFIG_MAX_BYTES, and a file that comes with the tree must really be inside it. Every problem is a
 * UsageError naming file, line and column; the file's contents are quoted only once it is known to be the file meant.
 */
export async function loadConfig(root: string, explicit?: string, options: ConfigFileOptions = {}): Promise<Config> {
  const file = explicit ? resolve(explicit) : resolve(root, DEFAULT_CONFIG_PATH);
  const label = options.label ?? explicit ?? DEFAULT_CONFIG_PATH;
  const optional = !explicit;
  let folder = dirname(file);
  if (options.confine || !explicit) {
    try {
      folder = await realpath(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (optional && code === 'ENOENT') return EMPTY_CONFIG;
      throw new UsageError(`${label}: cannot read the configuration file (${code ?? String(err)})`);
    }
    if (!isInside(await realpath(root), folder)) throw new UsageError(`${label} leads outside the workspace (through a symbolic link)`);
  }
  const read = join(folder, basename(file));
  let text: string;
  try {
    text = readRegularFileSync(read, CONFIG_MAX_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (optional && code === 'ENOENT') return EMPTY_CONFIG;
    if (code === 'ELOOP') throw new UsageError(`${label} is a symbolic link: configuration files are never read through links`);
    throw new UsageError(`${label}: cannot read the configuration file (${code ?? (err as Error).message})`);
  }
  return { ...parseConfig(text, options.name ?? (explicit && isAbsolute(explicit) ? explicit : (explicit ?? DEFAULT_CONFIG_PATH))), file: read };
}

export function parseConfig(text: string, name: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const where = (node: Node | Pair | null | undefined) => {
    const offset = (node as Node | undefined)?.range?.[0] ?? ((node as Pair | undefined)?.key as Node | undefined)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${name}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new UsageError(`${name}:${pos?.line ?? 1}:${pos?.col ?? 1}: invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const config: Config = { source: name, credentials: { extra: [] }, ignore: [] };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) throw new UsageError(`${where(doc.contents)}: the configuration must be a mapping of keys (${CONFIG_KEYS.join(', ')})`);
  for (const pair of doc.contents.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const value = pair.value as Node | null;
    const at = where(pair);
    const fail = (msg: string, node: Node | Pair | null = value): never => {
      throw new UsageError(`${node ? where(node) : at}: ${msg}`);
    };
    const plain = () => (value && 'toJSON' in value ? (value as Node).toJSON() : value);
    const setting = SETTINGS.find((s) => s.name === key);
    if (setting) {
      Object.assign(config, { [setting.field]: settingValue(setting, value, fail) });
      continue;
    }
    switch (key) {
      case 'checks':
        config.checks = stringList(value, 'checks', fail).map((c) => oneOf(c, CHECK_NAMES, 'check', fail) as CheckName);
        break;
      case 'fail-on':
        config.failOn = oneOf(String(plain()), FAIL_ON_VALUES, 'fail-on value', fail) as FailOn;
        break;
      case 'max-file-size': {
        const size = parseSize(String(plain()));
        if (size === undefined || size <= 0) fail(`max-file-size "${String(plain())}" is not a size (e.g. 100MiB, 5MB, 1048576)`);
        config.maxFileSize = size;
        break;
      }
      case 'baseline':
        if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') fail('baseline must be the path of a baseline file (relative to the workspace root)');
        config.baseline = String(plain()).trim();
        if (isAbsolute(config.baseline) || /^[A-Za-z]:/.test(config.baseline) || config.baseline.split(/[\\/]/).includes('..')) fail(`baseline "${config.baseline}" must be relative to the workspace root, without ".."`);
        break;
      case 'rules':
        config.rules = ruleLevels(value, fail);
        break;
      case 'credentials':
        config.credentials = { extra: extraCredentials(value, fail, where) };
        break;
      case 'ignore':
        config.ignore = ignoreEntries(value, fail, where);
        break;
      default:
        fail(`unknown key "${key}"${didYouMean(key, CONFIG_KEYS)}`, pair);
    }
  }
  return config;
}

type Fail = (msg: string, node?: Node | Pair | null) => never;

/** A check's setting: one string, or a list of them; each value checked as the flag and the input are. */
function settingValue(setting: SettingDeclaration, value: Node | null, fail: Fail): string | string[] {
  const check = (text: string, node: Node | null) => {
    const problem = settingProblem(setting, text);
    if (problem) fail(setting.values ? `${setting.name}: ${problem}` : problem, node);
    return text;
  };
  if (setting.list) return stringList(value, setting.name, fail).map((text, i) => check(text, isSeq(value) ? (value.items[i] as Node) : value));
  if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number' && typeof value.value !== 'boolean')) {
    return fail(`${setting.name} must be one value (${setting.metavar})`);
  }
  return check(String(value.value).trim(), value);
}

function ruleLevels(value: Node | null, fail: Fail): Record<string, RuleLevel> {
  if (!isMap(value)) return fail(`rules must be a mapping of rule id to level (${RULE_LEVELS.join(', ')})`);
  const out: Record<string, RuleLevel> = {};
  for (const pair of value.items) {
    const rule = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!RULE_IDS.includes(rule)) fail(`unknown rule id "${rule}"${didYouMean(rule, RULE_IDS)}`, pair);
    const level = isScalar(pair.value) ? String(pair.value.value) : '';
    out[rule] = oneOf(level, RULE_LEVELS, `level for rule ${rule}`, (msg) => fail(msg, pair)) as RuleLevel;
  }
  return out;
}
type Where = (node: Node | Pair | null | undefined) => string;

function oneOf(value: string, allowed: readonly string[], what: string, fail: Fail): string {
  if (!allowed.includes(value)) fail(`unknown ${what} "${value}"${didYouMean(value, allowed)}`);
  return value;
}

function stringList(value: Node | null, key: string, fail: Fail): string[] {
  if (isScalar(value) && typeof value.value === 'string') return value.value.split(/[\s,]+/).filter(Boolean);
  if (!isSeq(value)) return fail(`${key} must be a list`);
  return value.items.map((item) => {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) return fail(`${key} entries must be strings`, item as Node);
    return String(item.value);
  });
}

function extraCredentials(value: Node | null, fail: Fail, where: Where): ExtraCredential[] {
  if (!isMap(value)) return fail('credentials must be a mapping with the key "extra"');
  const out: ExtraCredential[] = [];
  for (const pair of value.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (key !== 'extra') fail(`unknown key "credentials.${key}"${didYouMean(key, ['extra'])}`, pair);
    if (!isSeq(pair.value)) fail('credentials.extra must be a list of { api_id, api_hash, origin }', pair);
    for (const item of (pair.value as { items: Node[] }).items) {
      if (!isMap(item)) fail('each credentials.extra entry must be a mapping { api_id, api_hash, origin }', item);
      const entry = (item as Node).toJSON() as Record<string, unknown>;
      for (const k of Object.keys(entry)) {
        if (!['api_id', 'api_hash', 'origin'].includes(k)) throw new UsageError(`${where(item)}: unknown key "${k}"${didYouMean(k, ['api_id', 'api_hash', 'origin'])}`);
      }
      const apiId = entry.api_id === undefined ? undefined : Number(entry.api_id);
      const apiHash = entry.api_hash === undefined ? undefined : String(entry.api_hash);
      if (apiId !== undefined && !(Number.isInteger(apiId) && apiId > 0)) throw new UsageError(`${where(item)}: api_id must be a positive whole number`);
      if (apiHash !== undefined && !/^[0-9a-fA-F]{32}$/.test(apiHash)) throw new UsageError(`${where(item)}: api_hash must be 32 hexadecimal digits`);
      if (apiId === undefined && apiHash === undefined) throw new UsageError(`${where(item)}: give api_id, api_hash or both`);
      out.push({ apiId, apiHash: apiHash?.toLowerCase(), origin: entry.origin ? String(entry.origin) : 'your configuration (credentials.extra)' });
    }
  }
  return out;
}

function ignoreEntries(value: Node | null, fail: Fail, where: Where): IgnoreEntry[] {
  if (!isSeq(value)) return fail('ignore must be a list of { paths, rules, reason } or { fingerprint, reason }');
  return value.items.map((item) => {
    if (!isMap(item)) return fail('each ignore entry must be a mapping', item as Node);
    const raw = (item as Node).toJSON() as Record<string, unknown>;
    const at = where(item as Node);
    for (const k of Object.keys(raw)) {
      if (!['paths', 'rules', 'fingerprint', 'reason'].includes(k)) throw new UsageError(`${at}: unknown key "${k}"${didYouMean(k, ['paths', 'rules', 'fingerprint', 'reason'])}`);
    }
    const list = (v: unknown) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined);
    const entry: IgnoreEntry = { reason: typeof raw.reason === 'string' ? raw.reason.trim() : '', at };
    if (!entry.reason) throw new UsageError(`${at}: every ignore entry needs a reason`);
    if (raw.paths !== undefined) entry.paths = list(raw.paths);
    if (raw.rules !== undefined) entry.rules = list(raw.rules);
    if (raw.fingerprint !== undefined) entry.fingerprint = String(raw.fingerprint);
    if (!entry.paths && !entry.fingerprint) throw new UsageError(`${at}: an ignore entry needs paths or a fingerprint`);
    for (const rule of entry.rules ?? []) {
      if (!RULE_IDS.includes(rule)) throw new UsageError(`${at}: unknown rule id "${rule}"${didYouMean(rule, RULE_IDS)}`);
    }
    for (const p of entry.paths ?? []) {
      const problem = globProblem(p);
      if (problem) throw new UsageError(`${at}: ignore path "${p}": ${problem}`);
      if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) throw new UsageError(`${at}: ignore path "${p}" must be relative to the workspace root, without ".."`);
    }
    return entry;
  });
}
