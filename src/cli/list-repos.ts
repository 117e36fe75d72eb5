import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../config/schema.js';
import { describeError, httpStatus } from '../github/errors.js';
import { createOctokit } from '../github/octokit.js';
import { listOrganisationRepositories } from '../github/repositories.js';
import { LIST_REPOS_HELP, parseListReposArgs } from './args.js';
import { apiUrlOf } from './publication-target.js';

/** `tg-compliance list-repos --org NAME`: the organisation's repositories, one OWNER/NAME a line. */
export async function runListRepos(argv: readonly string[]): Promise<number> {
  const args = parseListReposArgs(argv);
  if (args.help) {
    process.stdout.write(LIST_REPOS_HELP);
    return 0;
  }
  const octokit = createOctokit({ baseUrl: apiUrlOf(args.apiUrl, process.env.GITHUB_API_URL), token: process.env.GITHUB_TOKEN || undefined });
  let names: string[];
  try {
    names = await listOrganisationRepositories(octokit, args.org, { topic: args.topic, includeForks: args.includeForks, includeArchived: args.includeArchived });
  } catch (err) {
    const hint = httpStatus(err) === 404 ? ' (no such organisation, or the token cannot see it)' : '';
    throw new UsageError(`list-repos: cannot list the repositories of "${args.org}": ${describeError(err)}${hint}`);
  }
  const text = names.map((n) => `${n}\n`).join('');
  if (args.output) await writeFile(resolve(args.output), text);
  else process.stdout.write(text);
  return 0;
}
