/** The web page of a line in a commit: `{repository page}/blob/{sha}/{path}#L{line}`, each path segment encoded. */
export function blobLink(repositoryUrl: string, sha: string, path: string, line: number | undefined): string {
  return `${repositoryUrl}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}${line === undefined ? '' : `#L${line}`}`;
}
