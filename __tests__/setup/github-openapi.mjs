import { OPERATIONS_FILE, prepareOperations } from '../../scripts/github-openapi.mjs';

/** jest globalSetup: extracts GitHub's description of the operations we call, for the loopback GitHub servers. */
export default function setup() {
  prepareOperations();
  process.env.GITHUB_OPENAPI_OPERATIONS = OPERATIONS_FILE;
}
