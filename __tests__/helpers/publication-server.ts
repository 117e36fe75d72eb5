import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusals } from './github-openapi.js';

/** A repository as the fake GitHub knows it. Branches list their commits tip first (each commit reaches the rest). */
export interface FakeRepo {
  private?: boolean;
  visibility?: 'public' | 'private' | 'internal';
  defaultBranch?: string;
  branches: Record<string, string[]>;
  /** Lightweight tags name a commit; annotated tags name a tag object that names the commit. */
  tags?: Record<string, { commit: string; annotatedSha?: string }>;
  /** Commits GitHub serves by SHA through the fork network without any branch or tag here reaching them. */
  networkOnly?: string[];
}

/**
 * A scripted answer that replaces the normal one for the next request to a path; `hang` never answers, `reset`
 * closes the connection without an answer, `raw` sends a body as is (e.g. malformed JSON).
 */
export type Scripted =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { hang: true }
  | { reset: true }
  | { raw: string; status?: number }
  | { echo: number; as: 'text' | 'json' };

export interface SeenRequest {
  method: string;
  path: string;
  authorization?: string;
}

/**
 * Speaks the GitHub REST routes the publication check uses: repository, git/ref/tags, git/ref/heads, git/tags, compare, tags,
 * branches, commits. Scripted answers (5xx, rate limits, hangs) are served first, in order, per path.
 */
export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly seen: SeenRequest[] = [];
  /** Requests GitHub's REST description does not allow: stop() fails the test that made them. */
  readonly refused: string[] = [];
  private readonly scripts = new Map<string, Scripted[]>();
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  add(fullName: string, repo: FakeRepo): this {
    this.repos.set(fullName.toLowerCase(), repo);
    return this;
  }

  /** Answers the next requests to `path` (without the query) with these, in order. */
  script(path: string, ...answers: Scripted[]): this {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...answers]);
    return this;
  }

  requests(path: string): SeenRequest[] {
    return this.seen.filter((r) => r.path === path);
  }

  async start(): Promise<this> {
    this.server = await listen((req, res) => void this.handle(req, res));
    return this;
  }

  async stop(): Promise<void> {
    await close(this.server);
    if (this.refused.length > 0) throw new Error(`requests GitHub would refuse:\n${this.refused.join('\n')}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    this.seen.push({ method, path, authorization: req.headers.authorization });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const refused = refusals({ method, rawPath: url.pathname, query: url.searchParams, body: text ? parseJson(text) : undefined });
    if (refused.length > 0) {
      this.refused.push(...refused);
      return json(res, refused.some((r) => r.includes('no such operation')) ? 404 : 422, { message: 'Invalid request.' });
    }
    const scripted = this.scripts.get(path)?.shift();
    if (scripted) {
      if ('hang' in scripted) return;
      if ('reset' in scripted) return void req.socket.destroy();
      if ('echo' in scripted) return echoHeaders(req, res, scripted.echo, scripted.as);
      if ('raw' in scripted) {
        res.writeHead(scripted.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
        return void res.end(scripted.raw);
      }
      return json(res, scripted.status, scripted.body ?? { message: `scripted ${scripted.status}` }, scripted.headers);
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    const repo = m && this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
    if (!m || !repo) return json(res, 404, { message: 'Not Found' });
    const rest = m[3] ?? '';
    const defaultBranch = repo.defaultBranch ?? 'main';
    const tags = repo.tags ?? {};
    let r: RegExpExecArray | null;
    if (rest === '') {
      const visibility = repo.visibility ?? (repo.private ? 'private' : 'public');
      return json(res, 200, { full_name: `${m[1]}/${m[2]}`, private: visibility !== 'public', visibility, default_branch: defaultBranch });
    }
    if ((r = /^\/git\/ref\/tags\/(.+)$/.exec(rest))) {
      const tag = tags[r[1]];
      if (!tag) return json(res, 404, { message: 'Not Found' });
      const object = tag.annotatedSha ? { type: 'tag', sha: tag.annotatedSha } : { type: 'commit', sha: tag.commit };
      return json(res, 200, { ref: `refs/tags/${r[1]}`, object });
    }
    if ((r = /^\/git\/ref\/heads\/(.+)$/.exec(rest))) {
      const commits = repo.branches[r[1]];
      if (!commits) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { ref: `refs/heads/${r[1]}`, object: { type: 'commit', sha: commits[0] } });
    }
    if ((r = /^\/git\/tags\/([0-9a-f]+)$/.exec(rest))) {
      const entry = Object.entries(tags).find(([, t]) => t.annotatedSha === r![1]);
      if (!entry) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { sha: r[1], tag: entry[0], object: { type: 'commit', sha: entry[1].commit } });
    }
    if (rest === '/tags') return this.paged(req, res, Object.entries(tags).map(([name, t]) => ({ name, commit: { sha: t.commit } })));
    if (rest === '/branches') return this.paged(req, res, Object.entries(repo.branches).map(([name, commits]) => ({ name, commit: { sha: commits[0] } })));
    if ((r = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest))) {
      const base = repo.branches[r[1]];
      const head = r[2];
      const known = Object.values(repo.branches).some((c) => c.includes(head)) || Object.values(tags).some((t) => t.commit === head) || (repo.networkOnly ?? []).includes(head);
      if (!base || !known) return json(res, 404, { message: 'Not Found' });
      const status = base[0] === head ? 'identical' : base.includes(head) ? 'behind' : 'diverged';
      return json(res, 200, { status, ahead_by: status === 'diverged' ? 1 : 0, behind_by: 0, commits: [] });
    }
    if ((r = /^\/commits\/([0-9a-f]+)$/.exec(rest))) {
      const all = [...Object.values(repo.branches).flat(), ...(repo.networkOnly ?? [])];
      return all.includes(r[1]) ? json(res, 200, { sha: r[1] }) : json(res, 422, { message: 'No commit found' });
    }
    return json(res, 404, { message: 'Not Found' });
  }

  /** One page of a list as GitHub serves it: 30 items unless `per_page` (at most 100) says otherwise, and a Link header. */
  private paged(req: IncomingMessage, res: ServerResponse, items: unknown[]): void {
    const url = new URL(req.url ?? '/', this.url);
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (p: number) => {
      const q = new URLSearchParams(url.searchParams);
      q.set('page', String(p));
      return `<${this.url}${url.pathname}?${q}>`;
    };
    const links = page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : [];
    json(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
  }
}

/**
 * Serves `GET /{name}/info/refs?service=git-upload-pack` from real repositories on disk, with the advertisement that
 * `git upload-pack` produces; names in `denied` answer 401 like a private remote.
 */
export class SmartHttpServer {
  readonly seen: SeenRequest[] = [];
  private readonly repos = new Map<string, string>();
  private readonly denied = new Set<string>();
  private readonly pages = new Set<string>();
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  serve(name: string, dir: string): this {
    this.repos.set(name, dir);
    return this;
  }

  deny(name: string): this {
    this.denied.add(name);
    return this;
  }

  /** Answers 200 with an HTML page, like a host that sends anonymous readers to its sign-in page. */
  page(name: string): this {
    this.pages.add(name);
    return this;
  }

  async start(): Promise<this> {
    this.server = await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      this.seen.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization });
      const m = /^\/(.+)\/info\/refs$/.exec(url.pathname);
      if (!m || url.searchParams.get('service') !== 'git-upload-pack') return text(res, 404, 'not found');
      if (this.denied.has(m[1])) return text(res, 401, 'authentication required', { 'www-authenticate': 'Basic realm="git"' });
      if (this.pages.has(m[1])) return text(res, 200, '<html><body>Sign in</body></html>', { 'content-type': 'text/html' });
      const dir = this.repos.get(m[1]);
      if (!dir) return text(res, 404, 'not found');
      void advertise(dir).then((refs) => {
        const header = Buffer.from('001e# service=git-upload-pack\n0000');
        res.writeHead(200, { 'content-type': 'application/x-git-upload-pack-advertisement', 'cache-control': 'no-cache' });
        res.end(Buffer.concat([header, refs]));
      });
    });
    return this;
  }

  async stop(): Promise<void> {
    await close(this.server);
  }
}

/** A git repository made by a test: commits on main, a side commit, lightweight and annotated tags. */
export function gitRepo(dir: string): { git: (...args: string[]) => string; commit: (message: string) => string } {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  return {
    git,
    commit: (message: string) => {
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

async function advertise(dir: string): Promise<Buffer> {
  const { stdout } = await promisify(execFile)('git', ['upload-pack', '--stateless-rpc', '--advertise-refs', dir], { encoding: 'buffer' });
  return stdout;
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function close(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain', ...headers });
  res.end(body);
}

/**
 * An answer that quotes the request's headers back, the token among them, as a misconfigured proxy does: as plain
 * text, or as JSON whose `message` quotes them (what an error message would pass on).
 */
export function echoHeaders(req: IncomingMessage, res: ServerResponse, status: number, as: 'text' | 'json'): void {
  const quoted = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`).join('\n');
  if (as === 'text') return text(res, status, `Bad request. We got:\n${quoted}`);
  json(res, status, { message: `Bad request (${quoted})`, request_headers: req.headers });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Fake 40-hex SHAs that read well in test output. */
export function sha(label: string): string {
  return Buffer.from(label).toString('hex').padEnd(40, '0').slice(0, 40);
}
