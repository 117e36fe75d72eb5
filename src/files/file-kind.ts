import { parse } from 'yaml';

/**
 * What a file is, decided once from its path (relative to the scanned folder) when the walk finds it, and carried on
 * its entry for every check to read: the credentials levels, the title files that count, the manifests and headers
 * the license check reads.
 */
export interface FileKind {
  /** Markdown, reStructuredText, AsciiDoc, plain text: published values are warnings there, placeholders nothing. */
  docs: boolean;
  /** A build file (CMakeLists.txt, *.cmake, Gradle, Makefile, Bazel, Dockerfile...): never documentation. */
  build: boolean;
  /** Under a test folder or named as a test: test-DC switches belong there, titles there do not ship. */
  test: boolean;
  /** Under a vendored or third-party folder (node_modules, vendor, third_party, Pods...): not the app's own. */
  vendored: boolean;
  /** A GitHub Actions workflow: whether it builds releases depends on its triggers (releaseWorkflow). */
  workflow: boolean;
  /** A path that names a release build: a `release` folder or a file named for it (not documentation). */
  releasePath: boolean;
  /** A source or config format that is text even with a stray NUL byte: scanned as bytes then, never skipped. */
  sourceText: boolean;
  /** Named like a JSON or SARIF report, which may be one of this tool's own (see isOwnReport). */
  reportLike: boolean;
}

const DOCS = /\.(?:md|markdown|mdx|rst|txt|adoc)$/i;
const BUILD = /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake|[^/]+\.gradle(?:\.kts)?|Makefile|GNUmakefile|[^/]+\.mk|BUILD(?:\.bazel)?|WORKSPACE(?:\.bazel)?|[^/]+\.bzl|meson\.build|Dockerfile(?:\.[^/]+)?|[^/]+\.pro|[^/]+\.pri|requirements[^/]*\.txt)$/i;
const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|spec|specs|androidTest|testdata|test-data|testing|fixtures?|e2e|mocks?)(?:\/|$)/i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*|[^/]*(?:[._-](?:test|spec)s?|Tests?)\.[^/.]+)$/;
const VENDORED = /(?:^|\/)(?:node_modules|vendor|vendors|third[_-]?party|ThirdParty|external|extern|deps|submodules|Pods|__tests__\/fixtures|test\/fixtures|fixtures)\//i;
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
// A folder named release (config/release/, src/release/) or a build file named for it (release.gradle, release.xcconfig).
const RELEASE_PATH = /(?:^|\/)release(?:\/|[._-][^/]*$)/i;
const REPORT_LIKE = /\.(?:sarif|json)$/i;
const SOURCE_TEXT = /\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|swift|java|kt|kts|js|mjs|cjs|ts|tsx|jsx|go|rs|py|rb|php|cs|dart|scala|lua|sh|bash|zsh|ps1|cmake|gradle|properties|xml|json|ya?ml|toml|ini|cfg|conf|env|plist|pbxproj|xcconfig|strings|sql|txt|md)$|(?:^|\/)\.env(?:\.[^/]*)?$/i;

export function kindOf(path: string): FileKind {
  const build = BUILD.test(path);
  const docs = !build && DOCS.test(path);
  return {
    docs,
    build,
    test: TEST_DIR.test(path) || TEST_FILE.test(path),
    vendored: VENDORED.test(path),
    workflow: WORKFLOW.test(path),
    releasePath: !docs && !WORKFLOW.test(path) && RELEASE_PATH.test(path),
    sourceText: SOURCE_TEXT.test(path),
    reportLike: REPORT_LIKE.test(path),
  };
}

/**
 * Whether a workflow builds releases: it runs on `release` events or on pushed tags. Read from the workflow's own
 * `on:` (a docker action's `tags:` input elsewhere in the file is not a trigger). A file that is not valid YAML does
 * not run at all.
 */
export function releaseWorkflow(text: string): boolean {
  let workflow: unknown;
  try {
    workflow = parse(text, { maxAliasCount: 100 });
  } catch {
    return false;
  }
  if (!workflow || typeof workflow !== 'object') return false;
  const on = (workflow as Record<string, unknown>).on;
  if (on === 'release') return true;
  if (Array.isArray(on)) return on.includes('release');
  if (!on || typeof on !== 'object') return false;
  const events = on as Record<string, unknown>;
  if ('release' in events) return true;
  const push = events.push;
  return Boolean(push && typeof push === 'object' && ('tags' in push || 'tags-ignore' in push));
}
