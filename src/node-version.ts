/** The oldest Node.js major the CLI runs on; kept equal to package.json's `engines.node` by a test. */
export const MINIMUM_NODE_MAJOR = 22;

/** Why this Node.js cannot run the CLI, in one line, or undefined when it can. */
export function unsupportedNodeReason(version: string): string | undefined {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return `Node.js ${version} is not supported: tg-compliance needs Node.js ${MINIMUM_NODE_MAJOR} or later (Node.js 20 reached end of life on 2026-04-30)`;
}
