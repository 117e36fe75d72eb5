/** What a file's path and content say about how its findings count. */
export interface FileKind {
  /** Markdown, reStructuredText, plain text: published values are warnings there, placeholders nothing. */
  docs: boolean;
  /** Under a test folder or named as a test: test-DC switches belong there. */
  test: boolean;
  /** A workflow run on release or tag events, or a file whose path says release. */
  release: boolean;
}

const DOCS = /\.(?:md|markdown|mdx|rst|txt|adoc)$/i;
const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|spec|specs|androidTest|testdata|test-data|testing|fixtures?|e2e|mocks?)(?:\/|$)/i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*|[^/]*(?:[._-](?:test|spec)s?|Tests?)\.[^/.]+)$/;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
// [ \t] rather than \s: \s crosses newlines and makes every line start rescan the lines after it.
const RELEASE_TRIGGER = /^[ \t]*(?:release|tags)[ \t]*:|^on[ \t]*:[^\n]*\brelease\b/m;

export function fileKind(path: string, firstChunk: () => string): FileKind {
  const release = /release/i.test(path) || (WORKFLOW.test(path) && RELEASE_TRIGGER.test(firstChunk()));
  return { docs: DOCS.test(path), test: TEST_DIR.test(path) || TEST_FILE.test(path), release };
}
