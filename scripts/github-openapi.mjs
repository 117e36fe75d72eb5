#!/usr/bin/env node
// GitHub's own REST description of the operations this tool calls, for the loopback GitHub of the tests to check
// every request against. The full description (@octokit/openapi) is about 400 MB unpacked, too heavy for a dev
// dependency: its pinned tarball is fetched once with `npm pack` (integrity checked), the two descriptions used are
// kept in node_modules/.cache, and the operations are extracted from them on every test run (jest globalSetup).
// Which operations: every `'METHOD /path'` route string in src/, matched to the description's path templates.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi';
const VERSION = '23.0.2';
const INTEGRITY = 'sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg==';
/** github.com and the newest GitHub Enterprise Server the package describes: a request must suit both. */
export const DESCRIPTIONS = ['api.github.com', 'ghes-3.19'];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'github-openapi', VERSION);
export const OPERATIONS_FILE = join(CACHE, 'operations.json');

const ROUTE = /'(GET|POST|PATCH|PUT|DELETE) (\/[^'\s]+)'/g;

/** The cached descriptions, fetched from the registry when absent. */
function descriptions() {
  const files = DESCRIPTIONS.map((name) => join(CACHE, `${name}.json`));
  if (files.every((f) => existsSync(f))) return files;
  const work = mkdtempSync(join(tmpdir(), 'github-openapi-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const name = execFileSync(npm, ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', work, '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim().split('\n').pop();
    const tarball = join(work, name);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: integrity ${integrity} is not the pinned ${INTEGRITY}`);
    execFileSync('tar', ['xzf', tarball, '-C', work, ...DESCRIPTIONS.map((d) => `package/generated/${d}.json`)]);
    mkdirSync(CACHE, { recursive: true });
    for (const d of DESCRIPTIONS) renameSync(join(work, 'package', 'generated', `${d}.json`), join(CACHE, `${d}.json`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return files;
}

/** Every route string the source calls, e.g. `GET /repos/{owner}/{repo}/git/ref/tags/{tag}`. */
export function sourceRoutes(dir = join(ROOT, 'src')) {
  const routes = new Set();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const r of sourceRoutes(p)) routes.add(r);
    else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(ROUTE)) routes.add(`${m[1]} ${m[2]}`);
  }
  return [...routes].sort();
}

/**
 * A path template as a pattern, one group per parameter in order: a parameter is one segment, or several when the
 * description says `x-multi-segment`.
 */
export function templatePattern(template, multiSegment = new Set()) {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{(.+)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return multiSegment.has(param[1]) ? '(.+)' : '([^/]+)';
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Inlines `$ref`s to the description's components; a schema that refers to itself stops at depth 12. */
function resolve(node, doc, depth = 0) {
  if (Array.isArray(node)) return node.map((n) => resolve(n, doc, depth));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (depth > 12) return {};
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k], doc);
    if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
    return resolve(target, doc, depth + 1);
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'description' && k !== 'examples' && k !== 'example') out[k] = resolve(v, doc, depth);
  return out;
}

/** The most specific of several matching templates has the most literal text (`commits/{ref}/check-runs` over `commits/{ref}`). */
export function literalLength(template) {
  return template.replace(/\{[^}]+\}/g, '').length;
}

/** Sample values for our template's parameters, so that it can be matched to the description's own template. */
function sample(template) {
  return template.replace(/\{[^}]+\}/g, 'x1');
}

function extract(file, routes) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const operations = [];
  const missing = [];
  for (const route of routes) {
    const [method, template] = route.split(' ');
    const matching = Object.entries(doc.paths).filter(([path, item]) => {
      const operation = item[method.toLowerCase()];
      if (!operation) return false;
      const multi = new Set((operation.parameters ?? []).map((p) => resolve(p, doc)).filter((p) => p['x-multi-segment']).map((p) => p.name));
      return templatePattern(path, multi).test(sample(template));
    });
    const found = matching.sort(([a], [b]) => literalLength(b) - literalLength(a))[0];
    if (!found) {
      missing.push(route);
      continue;
    }
    const [path, item] = found;
    const operation = item[method.toLowerCase()];
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(p, doc)).map(({ name, in: where, required, schema, ...rest }) => ({ name, in: where, required: required === true, schema, multiSegment: rest['x-multi-segment'] === true }));
    const body = operation.requestBody?.content?.['application/json']?.schema;
    const multi = new Set(parameters.filter((p) => p.multiSegment).map((p) => p.name));
    operations.push({
      route,
      method,
      path,
      pattern: templatePattern(path, multi).source,
      pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
      operationId: operation.operationId,
      parameters,
      body: body ? resolve(body, doc) : undefined,
      bodyRequired: operation.requestBody?.required === true,
    });
  }
  // The most specific template first, so that the first match of a request path is the right operation.
  operations.sort((a, b) => literalLength(b.path) - literalLength(a.path));
  return { operations, missing };
}

/** Writes OPERATIONS_FILE: per description, the operations the source calls. Throws when one is not described. */
export function prepareOperations() {
  const routes = sourceRoutes();
  const out = { package: `${PACKAGE}@${VERSION}`, routes, descriptions: {} };
  const problems = [];
  descriptions().forEach((file, i) => {
    const { operations, missing } = extract(file, routes);
    out.descriptions[DESCRIPTIONS[i]] = operations;
    problems.push(...missing.map((r) => `${r} is not an operation of ${DESCRIPTIONS[i]}`));
  });
  if (problems.length > 0) throw new Error(`routes the source calls that GitHub does not describe:\n${problems.join('\n')}`);
  writeFileSync(OPERATIONS_FILE, JSON.stringify(out));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = prepareOperations();
  for (const [name, ops] of Object.entries(out.descriptions)) console.log(`${name}: ${ops.map((o) => `${o.method} ${o.path}`).join(', ')}`);
}
