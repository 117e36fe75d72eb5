import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusals } from './github-openapi.js';

/** A loopback stand-in for the GitHub REST API of DESIGN §4: it records every request and answers from its state. */

export interface RecordedRequest {
  method: string;
  /** Path without the query string, decoded. */
  path: string;
  /** Path as the client sent it (a tag's `/` stays %2F). */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body, or undefined. */
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a request, or returns undefined to let the default route answer. */
export type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply | undefined;

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  external_id?: string;
  output?: { title?: string; summary?: string; annotations?: unknown[] };
  annotations: unknown[];
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
}

export interface FakeOrgRepo {
  name: string;
  fork: boolean;
  archived: boolean;
  topics: string[];
}

/** What the routes serve; tests set what they need, the rest has realistic defaults. */
export interface FakeState {
  repo: { private: boolean; visibility: 'public' | 'private' | 'internal'; default_branch: string; fork: boolean };
  /** SPDX id of the detected license; undefined answers 404. */
  license?: string;
  /** tag name → the sha its ref points at (a commit, or an annotated tag object listed in `tagObjects`). */
  tags: Map<string, { sha: string; type: 'commit' | 'tag' }>;
  tagObjects: Map<string, { commitSha: string }>;
  /** `base...head` → files. */
  compare: Map<string, FakeFile[]>;
  /** PR number → files. */
  pullFiles: Map<number, FakeFile[]>;
  /** issue number → comments, oldest first. */
  comments: Map<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  /** Who the token's writes are attributed to. */
  tokenUser: { login: string; type: 'Bot' | 'User' };
  /** organisation → its repositories; an organisation not here answers 404. */
  orgRepos: Map<string, FakeOrgRepo[]>;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests GitHub's REST description does not allow: close() fails the test that made them. */
  readonly refused: string[] = [];
  readonly state: FakeState = {
    repo: { private: false, visibility: 'public', default_branch: 'main', fork: false },
    license: 'GPL-3.0',
    tags: new Map(),
    tagObjects: new Map(),
    compare: new Map(),
    pullFiles: new Map(),
    comments: new Map(),
    checkRuns: [],
    tokenUser: { login: 'github-actions[bot]', type: 'Bot' },
    orgRepos: new Map(),
  };
  private readonly overrides: Route[] = [];
  private readonly routes: Route[] = [];
  private server?: Server;
  private nextId = 1000;
  url = '';

  constructor() {
    this.defaultRoutes();
  }

  /** Answers `METHOD /path/:param` with `handler` before the default route (e.g. a 403 on a write). */
  on(method: string, path: string, handler: Handler): this {
    this.overrides.push(route(method, path, handler));
    return this;
  }

  /** Requests matching a method and a path pattern (`:name` matches one segment). */
  calls(method: string, path: string): RecordedRequest[] {
    const r = route(method, path, () => undefined);
    return this.requests.filter((q) => q.method === method && r.pattern.test(q.rawPath));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    if (this.refused.length > 0) throw new Error(`requests GitHub would refuse:\n${this.refused.join('\n')}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      rawPath: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text ? safeJson(text) : undefined,
    };
    this.requests.push(recorded);
    const refused = refusals({ method: recorded.method, rawPath: recorded.rawPath, query: recorded.query, body: recorded.body });
    if (refused.length > 0) {
      this.refused.push(...refused);
      res.writeHead(refused.some((r) => r.includes('no such operation')) ? 404 : 422, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Invalid request.', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    let reply: Reply | undefined;
    for (const r of [...this.overrides, ...this.routes]) {
      if (r.method !== recorded.method) continue;
      const m = r.pattern.exec(url.pathname);
      if (!m) continue;
      reply = r.handler(recorded, Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])));
      if (reply) break;
    }
    reply ??= { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  /** A page of `items` with GitHub's Link header; `wrap` puts the page in an object (e.g. `check_runs`). */
  private page(req: RecordedRequest, items: unknown[], wrap?: (page: unknown[]) => unknown): Reply {
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const at = (p: number) => {
      const q = new URLSearchParams(req.query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${this.url}${req.rawPath}?${q}>`;
    };
    if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    return { status: 200, body: wrap ? wrap(slice) : slice, headers: links.length ? { link: links.join(', ') } : {} };
  }

  private defaultRoutes(): void {
    const s = this.state;
    const add = (method: string, path: string, handler: Handler) => this.routes.push(route(method, path, handler));
    // An installation token (the workflow's GITHUB_TOKEN) may not read `/user`; a personal token reads its user.
    add('GET', '/user', () =>
      s.tokenUser.type === 'User'
        ? { status: 200, body: { login: s.tokenUser.login, type: 'User' } }
        : { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' } },
    );
    add('GET', '/repos/:owner/:repo', (_q, p) => ({
      status: 200,
      body: { id: 1, name: p.repo, full_name: `${p.owner}/${p.repo}`, owner: { login: p.owner }, html_url: `https://github.com/${p.owner}/${p.repo}`, ...s.repo },
    }));
    add('GET', '/orgs/:org/repos', (q, p) => {
      const repos = s.orgRepos.get(p.org);
      if (!repos) return undefined;
      const full = repos.map((r, i) => ({ id: i + 1, name: r.name, full_name: `${p.org}/${r.name}`, private: false, fork: r.fork, archived: r.archived, topics: r.topics }));
      return this.page(q, full);
    });
    add('GET', '/repos/:owner/:repo/license', () =>
      s.license ? { status: 200, body: { name: 'LICENSE', path: 'LICENSE', license: { key: s.license.toLowerCase(), spdx_id: s.license, name: s.license } } } : undefined,
    );
    add('GET', '/repos/:owner/:repo/git/ref/tags/:tag', (_q, p) => {
      const t = s.tags.get(p.tag);
      return t ? { status: 200, body: { ref: `refs/tags/${p.tag}`, object: { sha: t.sha, type: t.type } } } : undefined;
    });
    add('GET', '/repos/:owner/:repo/git/tags/:sha', (_q, p) => {
      const t = s.tagObjects.get(p.sha);
      return t ? { status: 200, body: { sha: p.sha, object: { sha: t.commitSha, type: 'commit' } } } : undefined;
    });
    add('GET', '/repos/:owner/:repo/compare/:basehead', (_q, p) => {
      const files = s.compare.get(p.basehead);
      return files ? { status: 200, body: { status: 'ahead', total_commits: 1, files } } : undefined;
    });
    add('GET', '/repos/:owner/:repo/pulls/:number/files', (q, p) => {
      const files = s.pullFiles.get(Number(p.number));
      return files ? this.page(q, files) : undefined;
    });
    add('GET', '/repos/:owner/:repo/issues/:number/comments', (q, p) => this.page(q, s.comments.get(Number(p.number)) ?? []));
    add('POST', '/repos/:owner/:repo/issues/:number/comments', (q, p) => {
      const comment: FakeComment = { id: this.nextId++, body: String((q.body as { body?: unknown })?.body ?? ''), user: { ...s.tokenUser } };
      const list = s.comments.get(Number(p.number)) ?? [];
      list.push(comment);
      s.comments.set(Number(p.number), list);
      return { status: 201, body: comment };
    });
    add('PATCH', '/repos/:owner/:repo/issues/comments/:id', (q, p) => {
      const comment = [...s.comments.values()].flat().find((c) => c.id === Number(p.id));
      if (!comment) return undefined;
      comment.body = String((q.body as { body?: unknown })?.body ?? comment.body);
      return { status: 200, body: comment };
    });
    add('POST', '/repos/:owner/:repo/check-runs', (q) => {
      const b = q.body as Omit<FakeCheckRun, 'id' | 'annotations'>;
      const run: FakeCheckRun = { ...b, id: this.nextId++, annotations: [...(b.output?.annotations ?? [])] };
      s.checkRuns.push(run);
      return { status: 201, body: run };
    });
    add('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (q, p) => {
      const runs = s.checkRuns.filter((r) => r.head_sha === p.ref && (!q.query.get('check_name') || r.name === q.query.get('check_name'))).reverse();
      return this.page(q, runs, (page) => ({ total_count: runs.length, check_runs: page }));
    });
    add('PATCH', '/repos/:owner/:repo/check-runs/:id', (q, p) => {
      const run = s.checkRuns.find((r) => r.id === Number(p.id));
      if (!run) return undefined;
      const b = q.body as Partial<FakeCheckRun>;
      run.annotations.push(...(b.output?.annotations ?? []));
      Object.assign(run, { ...b, annotations: run.annotations });
      return { status: 200, body: run };
    });
  }
}

function route(method: string, path: string, handler: Handler): Route {
  const names: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}/?$`), names, handler };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
