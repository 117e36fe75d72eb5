import type { Silence } from '../findings.js';

interface CommentStyle {
  files: RegExp;
  write: (text: string) => string;
  /** Whether a comment may follow this line's text (in markup, only after a tag has closed: never inside one). */
  fits?: (line: string) => boolean;
}

/** How a line comment is written in files of each kind; a file not listed (JSON, plain text, binaries) takes none. */
const COMMENT_STYLES: readonly CommentStyle[] = [
  { files: /\.(?:java|kt|kts|gradle|groovy|scala|c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|swift|js|mjs|cjs|jsx|ts|tsx|go|rs|dart|cs|php)$/i, write: (t) => `// ${t}` },
  { files: /(?:\.(?:ya?ml|sh|bash|py|rb|pl|properties|toml|cmake|mk|cfg|conf|env|ps1|r)|(?:^|\/)(?:CMakeLists\.txt|Makefile|Dockerfile|\.env[^/]*))$/i, write: (t) => `# ${t}` },
  { files: /\.(?:xml|html?|plist|xaml|svg)$/i, write: (t) => `<!-- ${t} -->`, fits: (line) => line.trimEnd().endsWith('>') },
  { files: /\.(?:md|markdown)$/i, write: (t) => `<!-- ${t} -->` },
];

/** The reason a pasted suppression starts with: the reader replaces it with their own. */
export const REASON_PLACEHOLDER = 'why this is accepted';

/**
 * The ready-to-paste suppressions of one finding: `tg-compliance:allow RULE -- reason` in its file's comment
 * syntax, for the end of its line (only when the check read that line and the file takes comments), and the
 * `ignore` entry that matches its fingerprint. No comment where it could change what the line means: inside a
 * markup tag, or after a line continuation.
 */
export function silenceOf(f: { ruleId: string; path: string; fingerprint: string; lineText?: string; fileToCreate?: boolean }): Silence {
  const line = f.fileToCreate ? undefined : f.lineText;
  const style = line === undefined ? undefined : COMMENT_STYLES.find((s) => s.files.test(f.path));
  // A line continued on the next (`\` at its end) would carry the comment into the next line's statement.
  const fits = style && line !== undefined && !line.trimEnd().endsWith('\\') && (style.fits?.(line) ?? true);
  const entry = `- { fingerprint: ${f.fingerprint}, rules: [${f.ruleId}], reason: "${REASON_PLACEHOLDER}" }`;
  return fits ? { comment: style.write(`tg-compliance:allow ${f.ruleId} -- ${REASON_PLACEHOLDER}`), entry } : { entry };
}
