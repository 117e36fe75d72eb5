/** How a name is bound to a literal value, read forward from the end of the name. */
export interface Binding {
  /** Offset of the value's first character (after any opening quote). */
  valueStart: number;
  value: string;
  /** The value is a default used when a variable or secret is missing. */
  fallback: boolean;
  /** The key was quoted ("API_ID"), so a `,` separator is a key/value pair, not an argument list. */
  quotedKey: boolean;
}

// Separators between a name and its value, in the languages of telegram-ids.md §3. Sticky: applied at the name's end.
const SEPARATOR = new RegExp(
  [
    '(["\'\\]]{0,2})[ \\t]*', // closing quote/bracket of a key: "api_id":, ['api_id'] =
    '(?:',
    '(\\)[ \\t]*\\.[ \\t]*(?:unwrap_or|unwrapOr|or_else|orElse|getOrDefault|getOrElse|or)\\w*[ \\t]*\\([ \\t]*(?:\\|[\\w ]{0,10}\\|[ \\t]*)?)', // 2 Rust/Java fallbacks
    '|(\\?\\?|\\|\\||:-)', // 3 JS ?? ||, shell ${X:-default}
    '|(:[ \\t]*[A-Za-z_][\\w<>?.\\[\\]]*[ \\t]*=(?!=))', // 4 typed declaration: const val APP_ID: Int = 4
    '|(:[ \\t]*[A-Za-z_][\\w.]*[ \\t]*\\{\\s*(?:get[ \\t]*\\{\\s*)?return[ \\t]+)', // 5 Swift/Kotlin getter over lines
    '|(\\([ \\t]*\\)[ \\t]*(?::[ \\t]*[\\w.]+[ \\t]*)?(?:\\{\\s*return[ \\t]+|=[ \\t]*))', // 6 getApiId() { return 4; }, get() = 4
    '|(:=|=>|\\?=|\\+=|=(?!=)|:(?!:)|\\|)', // 7 assignment, key: value, Markdown table cell
    '|(,)', // 8 key, value (only after a quoted key)
    '|([ \\t]+(?:[A-Za-z]+[ \\t]+){0,2}DEFAULT)', // 9 SQL column default
    '|(?=[ \\t]))', // 10 whitespace: set(X 1), #define X 1, ENV X 1, --api-id 1
    '[ \\t]*(?:\\(\\s*(?:int|long|Int|Int32|Int64|uint32_t|int32_t)\\s*\\)[ \\t]*)?', // a C cast
    '(\\\\?["\'`])?', // 11 opening quote (escaped in Gradle: "\"abc\"")
  ].join(''),
  'iy',
);

const PLAIN_VALUE = /[^\s"'`,;(){}\[\]|\\<>]+/y;

export function readBinding(text: string, nameEnd: number, specialValues: readonly string[]): Binding | undefined {
  SEPARATOR.lastIndex = nameEnd;
  const m = SEPARATOR.exec(text);
  if (!m) return undefined;
  const quotedKey = m[1].length > 0 && m[1][0] !== ']';
  if (m[8] && !quotedKey) return undefined;
  const fallback = Boolean(m[2] || m[3]) || (Boolean(m[8]) && isDefaultArgument(text, nameEnd));
  const valueStart = SEPARATOR.lastIndex;
  for (const special of specialValues) {
    if (text.startsWith(special, valueStart)) return { valueStart, value: special, fallback, quotedKey };
  }
  const quote = m[11]?.replace('\\', '');
  let value: string | undefined;
  if (quote) {
    const close = text.indexOf(quote, valueStart);
    if (close === -1 || close - valueStart > 128) return undefined;
    value = text.slice(valueStart, m[11].length === 2 && text[close - 1] === '\\' ? close - 1 : close);
    if (value.includes('\n')) return undefined;
  } else {
    PLAIN_VALUE.lastIndex = valueStart;
    value = PLAIN_VALUE.exec(text)?.[0];
  }
  if (!value) return undefined;
  return { valueStart, value, fallback, quotedKey };
}

// getenv("API_ID", "4"), os.environ.get('API_HASH', '...'), System.getProperty("api.id", "4")
const DEFAULT_CALL = /(?:getenv|get|getProperty|GetEnvironmentVariable|Getenv|env|getString|getInt|optString|optInt|fetch|ENV\.fetch)[ \t]*\([ \t]*["'][^"'\n]{0,80}$/;

function isDefaultArgument(text: string, nameEnd: number): boolean {
  const from = Math.max(0, nameEnd - 120);
  return DEFAULT_CALL.test(text.slice(from, nameEnd));
}
