import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Checks a request the way GitHub would: its method and path must be an operation of GitHub's REST description
 * (github.com and a GitHub Enterprise Server), its path and query parameters and its JSON body must fit that
 * operation's schemas. The operations come from scripts/github-openapi.mjs (jest globalSetup), which extracts them
 * from @octokit/openapi; the file's path is handed over in GITHUB_OPENAPI_OPERATIONS.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema?: object;
}

interface Operation {
  method: string;
  path: string;
  pattern: string;
  pathParams: string[];
  parameters: Parameter[];
  body?: object;
  bodyRequired: boolean;
}

interface Compiled extends Operation {
  regex: RegExp;
  params: Map<string, ValidateFunction>;
  bodyCheck?: ValidateFunction;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// Parameters arrive as text: `"100"` is a valid integer there. Bodies are JSON: no coercion.
const paramAjv = addFormats(new Ajv({ strict: false, coerceTypes: true, allErrors: true }));
const bodyAjv = addFormats(new Ajv({ strict: false, allErrors: true }));

let loaded: Map<string, Compiled[]> | undefined;

function descriptions(): Map<string, Compiled[]> {
  if (loaded) return loaded;
  const file = process.env.GITHUB_OPENAPI_OPERATIONS;
  if (!file) throw new Error('GITHUB_OPENAPI_OPERATIONS is not set: jest.config.js globalSetup runs scripts/github-openapi.mjs');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { descriptions: Record<string, Operation[]> };
  loaded = new Map(
    Object.entries(data.descriptions).map(([name, ops]) => [
      name,
      ops.map((op) => ({
        ...op,
        regex: new RegExp(op.pattern),
        // Each parameter's value is checked in a holder object, where coercion of the value itself is possible.
        params: new Map(op.parameters.filter((p) => p.schema).map((p) => [`${p.in}:${p.name}`, paramAjv.compile({ type: 'object', properties: { value: p.schema } })])),
        bodyCheck: op.body ? bodyAjv.compile(op.body) : undefined,
      })),
    ]),
  );
  return loaded;
}

export interface CheckedRequest {
  method: string;
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  query: URLSearchParams;
  /** Parsed JSON, or undefined without a body. */
  body: unknown;
}

/** What GitHub would refuse in this request, per description; empty when every description accepts it. */
export function refusals(req: CheckedRequest): string[] {
  const out: string[] = [];
  for (const [name, ops] of descriptions()) {
    const problems = checkOne(ops, req);
    out.push(...problems.map((p) => `${req.method} ${req.rawPath} (${name}): ${p}`));
  }
  return out;
}

function checkOne(ops: Compiled[], req: CheckedRequest): string[] {
  let op: Compiled | undefined;
  let values: string[] = [];
  for (const candidate of ops) {
    if (candidate.method !== req.method) continue;
    const m = candidate.regex.exec(req.rawPath);
    if (m) {
      op = candidate;
      values = m.slice(1);
      break;
    }
  }
  if (!op) return ['no such operation (or not one the source calls)'];
  const problems: string[] = [];
  op.pathParams.forEach((name, i) => problems.push(...paramProblems(op, 'path', name, decodeURIComponent(values[i]))));
  for (const [name, value] of req.query) {
    if (!op.parameters.some((p) => p.in === 'query' && p.name === name)) problems.push(`unknown query parameter ${name}`);
    else problems.push(...paramProblems(op, 'query', name, value));
  }
  for (const p of op.parameters) if (p.in === 'query' && p.required && !req.query.has(p.name)) problems.push(`missing query parameter ${p.name}`);
  if (req.body !== undefined && !op.bodyCheck) problems.push('a body, where the operation takes none');
  if (req.body === undefined && op.bodyRequired) problems.push('no body, where the operation requires one');
  if (req.body !== undefined && op.bodyCheck && !op.bodyCheck(req.body)) problems.push(`body: ${bodyAjv.errorsText(op.bodyCheck.errors, { dataVar: 'body' })}`);
  return problems;
}

function paramProblems(op: Compiled, where: 'path' | 'query', name: string, value: string): string[] {
  const check = op.params.get(`${where}:${name}`);
  if (!check) return [];
  if (check({ value })) return [];
  return [`${where} parameter ${name}=${JSON.stringify(value)}: ${paramAjv.errorsText(check.errors, { dataVar: name })}`];
}
