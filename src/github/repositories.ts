import type { Octokit } from './octokit.js';

export interface RepositoryFilter {
  /** Only repositories carrying this topic (GitHub stores topics in lower case). */
  topic?: string;
  includeForks: boolean;
  includeArchived: boolean;
}

/** OWNER/NAME of an organisation's repositories (every page), forks and archived ones left out unless asked for, sorted. */
export async function listOrganisationRepositories(octokit: Octokit, org: string, filter: RepositoryFilter): Promise<string[]> {
  const topic = filter.topic?.toLowerCase();
  const names: string[] = [];
  const pages = octokit.paginate.iterator('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 });
  for await (const page of pages) {
    for (const repo of page.data) {
      if (repo.fork && !filter.includeForks) continue;
      if (repo.archived && !filter.includeArchived) continue;
      if (topic && !(repo.topics ?? []).includes(topic)) continue;
      names.push(repo.full_name);
    }
  }
  return names.sort();
}
