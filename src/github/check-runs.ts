import { randomUUID } from 'node:crypto';
import { mayHaveLanded } from './errors.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './event.js';

/** GitHub takes at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

export interface CheckRunRequest {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: readonly CheckAnnotation[];
}

/**
 * Creates a completed check run with the first 50 annotations, then adds the rest in updates of 50. Returns the
 * requests made. A POST that fails without GitHub's refusal may have created the run: it is looked up by the
 * `external_id` this call gave it, and the updates go there instead of a second run.
 */
export async function publishCheckRun(octokit: Octokit, repo: RepoRef, run: CheckRunRequest): Promise<number> {
  const chunks: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) chunks.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] = []) => ({ title: run.title, summary: run.summary, annotations });
  const externalId = randomUUID();
  let id: number;
  try {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: run.name,
      head_sha: run.headSha,
      external_id: externalId,
      status: 'completed',
      conclusion: run.conclusion,
      completed_at: new Date().toISOString(),
      output: output(chunks[0]),
    });
    id = Number(data.id);
  } catch (err) {
    if (!mayHaveLanded(err)) throw err;
    const landed = await findCheckRun(octokit, repo, run, externalId);
    if (landed === undefined) throw err;
    id = landed;
  }
  for (const chunk of chunks.slice(1)) {
    await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: id, output: output(chunk) });
  }
  return Math.max(1, chunks.length);
}

async function findCheckRun(octokit: Octokit, repo: RepoRef, run: CheckRunRequest, externalId: string): Promise<number | undefined> {
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: run.headSha, check_name: run.name, filter: 'all', per_page: 100 });
  for await (const page of pages) {
    const found = page.data.find((r) => r.external_id === externalId);
    if (found) return found.id;
  }
  return undefined;
}
