import type { FileEntry } from '../../files/types.js';

/** A license field as written in a manifest, with where it is. */
export interface ManifestLicense {
  path: string;
  line: number;
  /** The field, e.g. "package.json license", "pom.xml <license><name>". */
  field: string;
  value: string;
}

export type ManifestResult = { ok: true; licenses: ManifestLicense[] } | { ok: false; reason: string };

type Reader = (text: string, path: string) => ManifestResult;

// Folders that hold other projects' code: their manifests declare their own licenses.
const MAX_DEPTH = 3;

const READERS: readonly [RegExp, Reader][] = [
  [/(?:^|\/)package\.json$/, (t, p) => readJsonLicense(t, p, 'package.json')],
  [/(?:^|\/)composer\.json$/, (t, p) => readJsonLicense(t, p, 'composer.json')],
  [/(?:^|\/)Cargo\.toml$/, (t, p) => readToml(t, p, ['package'], 'Cargo.toml')],
  [/(?:^|\/)pyproject\.toml$/, (t, p) => readToml(t, p, ['project', 'tool.poetry'], 'pyproject.toml')],
  [/\.podspec$/, readPodspec],
  [/(?:^|\/)build\.gradle\.kts$|\.gradle$/, readGradle],
  [/(?:^|\/)pom\.xml$/, readPom],
];

/** Manifests near the top of the tree (not in vendored folders), each with the reader for its format. */
export function manifestFiles(tree: readonly FileEntry[], root: string): { file: FileEntry; read: Reader }[] {
  const out: { file: FileEntry; read: Reader }[] = [];
  for (const file of tree) {
    if (!file.path.startsWith(root)) continue;
    const rel = file.path.slice(root.length);
    if (rel.split('/').length > MAX_DEPTH || file.kind.vendored) continue;
    const reader = READERS.find(([re]) => re.test(rel));
    if (reader) out.push({ file, read: reader[1] });
  }
  return out;
}

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineOfValue(text: string, value: string, after = 0): number {
  const i = text.indexOf(value, after);
  return i === -1 ? 1 : lineOf(text, i);
}

export function readJsonLicense(text: string, path: string, kind: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!json || typeof json !== 'object') return { ok: true, licenses: [] };
  const o = json as Record<string, unknown>;
  const out: ManifestLicense[] = [];
  const keyAt = Math.max(0, text.search(/"licen[sc]es?"\s*:/));
  const add = (value: string, field: string) => out.push({ path, line: lineOfValue(text, JSON.stringify(value).slice(1, -1), keyAt), field, value });
  const lic = o.license ?? o.licence;
  if (typeof lic === 'string') add(lic, `${kind} license`);
  else if (Array.isArray(lic)) {
    // composer.json: an array means the user may choose (OR).
    const values = lic.filter((x): x is string => typeof x === 'string');
    if (values.length) out.push({ path, line: lineOfValue(text, values[0], keyAt), field: `${kind} license`, value: values.length > 1 ? `(${values.join(' OR ')})` : values[0] });
  } else if (lic && typeof lic === 'object' && typeof (lic as { type?: unknown }).type === 'string') add((lic as { type: string }).type, `${kind} license.type`);
  if (Array.isArray(o.licenses)) {
    const types = o.licenses.map((l) => (l && typeof l === 'object' ? (l as { type?: unknown }).type : l)).filter((x): x is string => typeof x === 'string');
    if (types.length) out.push({ path, line: lineOfValue(text, types[0], keyAt), field: `${kind} licenses`, value: types.length > 1 ? `(${types.join(' OR ')})` : types[0] });
  }
  return { ok: true, licenses: out };
}

/**
 * The license key of the given TOML tables: `license = "MIT"`, `license = { text = "MIT" }` (PEP 621), and
 * PyPI "License ::" classifiers. A line-based reader: enough for these keys, no TOML dependency.
 */
export function readToml(text: string, path: string, tables: readonly string[], kind: string): ManifestResult {
  const out: ManifestLicense[] = [];
  let table = '';
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/(?<!\s)\s+#.*$/, '');
    const header = /^\s*\[{1,2}\s*([^\]]+?)\s*\]{1,2}\s*$/.exec(line);
    if (header) {
      table = header[1].replace(/["']/g, '');
      return;
    }
    if (tables.includes(table)) {
      const str = /^\s*licen[sc]e\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line);
      if (str) out.push({ path, line: i + 1, field: `${kind} [${table}] license`, value: str[1] ?? str[2] });
      const inline = /^\s*licen[sc]e\s*=\s*\{[^}]*\btext\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line);
      if (inline) out.push({ path, line: i + 1, field: `${kind} [${table}] license.text`, value: inline[1] ?? inline[2] });
    }
    const classifier = /["']License :: (?:OSI Approved :: )?([^"']+)["']/.exec(line);
    if (classifier && !/OSI Approved$/.test(classifier[1])) out.push({ path, line: i + 1, field: `${kind} classifier`, value: classifier[1] });
  });
  return { ok: true, licenses: out };
}

export function readPodspec(text: string, path: string): ManifestResult {
  const out: ManifestLicense[] = [];
  const re = /\.licen[sc]e\s*=\s*(?:(['"])([^'"]+)\1|\{[^}]*?:?type\s*(?:=>|:)\s*(['"])([^'"]+)\3)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ path, line: lineOf(text, m.index), field: 'podspec license', value: m[2] ?? m[4] });
  }
  return { ok: true, licenses: out };
}

/** Maven publication blocks in Gradle: `licenses { license { name = "..."; url = "..." } }` (Groovy or Kotlin DSL). */
export function readGradle(text: string, path: string): ManifestResult {
  const out: ManifestLicense[] = [];
  const block = /\blicenses\s*\{/g;
  for (let b = block.exec(text); b; b = block.exec(text)) {
    const body = text.slice(b.index, b.index + 2000);
    const name = /\bname(?:\.set)?\s*(?:=\s*|\(\s*)?(['"])([^'"]+)\1/.exec(body);
    const url = /\burl(?:\.set)?\s*(?:=\s*|\(\s*)?(['"])([^'"]+)\1/.exec(body);
    const found = name ?? url;
    if (found) out.push({ path, line: lineOf(text, b.index + found.index), field: `Gradle license ${name ? 'name' : 'url'}`, value: name && url ? `${name[2]} (${url[2]})` : found[2] });
  }
  return { ok: true, licenses: out };
}

export function readPom(text: string, path: string): ManifestResult {
  const out: ManifestLicense[] = [];
  const licenses = /<licenses>([\s\S]*?)<\/licenses>/.exec(text);
  if (!licenses) return { ok: true, licenses: out };
  const re = /<license>([\s\S]*?)<\/license>/g;
  for (let m = re.exec(licenses[1]); m; m = re.exec(licenses[1])) {
    const name = /<name>\s*([^<]+?)\s*<\/name>/.exec(m[1]);
    const url = /<url>\s*([^<]+?)\s*<\/url>/.exec(m[1]);
    const value = name && url ? `${name[1]} (${url[1]})` : (name ?? url)?.[1];
    const at = licenses.index + '<licenses>'.length + m.index + '<license>'.length + (name ?? url)!.index;
    if (value) out.push({ path, line: lineOf(text, at), field: 'pom.xml <license>', value });
  }
  return { ok: true, licenses: out };
}
