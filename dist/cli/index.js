#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    // Every cached result is an object, so one read both tells a hit and
    //   fetches it, where `in` and then a read hashed the path twice.
    const cached = cache[path]

    if (cached) {
      return cached
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ append)
/* harmony export */ });
/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument and throws
 * "Maximum call stack size exceeded" past about 120,000 of them (findings of a hostile tree, skipped links).
 */
function append(target, items) {
    for (const item of items)
        target.push(item);
}


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ui: () => (/* binding */ CHECKS),
  yy: () => (/* binding */ SETTINGS),
  Pt: () => (/* binding */ checkByName)
});

// EXTERNAL MODULE: ./src/config/glob-check.ts
var glob_check = __nccwpck_require__(3455);
;// CONCATENATED MODULE: ./src/checks/declaration.ts
/** Keeps the name's literal type, from which CheckName is made. */
function declareCheck(declaration) {
    return declaration;
}

;// CONCATENATED MODULE: ./src/checks/artifacts/declaration.ts


const artifactsDeclaration = declareCheck({
    name: 'artifacts',
    summary: 'Published api_id/api_hash values inside release artifacts (apk, aab, ipa, zip, tar.gz, binaries), reported as published-api-credentials.',
    defaultOn: false,
    scope: 'per-file',
    rules: [],
    settings: [
        {
            name: 'artifacts',
            field: 'artifacts',
            list: true,
            metavar: 'GLOB',
            help: 'release artifacts to scan (repeatable)',
            problem: (glob) => {
                const problem = (0,glob_check/* artifactGlobProblem */.GA)(glob);
                return problem && `artifacts glob "${glob}": ${problem}`;
            },
        },
    ],
    enabledBy: 'artifacts',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(684), __nccwpck_require__.e(575)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1575))).artifactsCheck,
});

;// CONCATENATED MODULE: ./src/checks/branding/declaration.ts

const brandingDeclaration = declareCheck({
    name: 'branding',
    summary: 'No "Telegram" in a user-visible app title unless "Unofficial" comes right before it, and no official Telegram logo as the app icon (Terms of Service 2.3, 2.4).',
    defaultOn: true,
    scope: 'repository',
    rules: [
        {
            id: 'app-title-telegram',
            level: 'error',
            summary: 'A user-visible app title contains "Telegram" without "Unofficial" right before it.',
            help: 'Telegram API Terms of Service 2.3: the title must not include the word "Telegram" unless it is preceded by "Unofficial" (e.g. "Unofficial Telegram Lite").',
        },
        {
            id: 'official-logo',
            level: 'error',
            summary: "An app icon that ships is Telegram's official logo.",
            help: 'Telegram API Terms of Service 2.4 forbid using the official Telegram logo for your app. Draw your own icon (a different glyph and colours) and replace every size of it: launcher mipmaps, app icon sets, .icns/.ico files, web and Electron icons.',
        },
    ],
    settings: [],
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(359), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8006))).brandingCheck,
});

;// CONCATENATED MODULE: ./src/checks/credentials/declaration.ts

const OWN_ID = 'Register your own app at https://my.telegram.org/apps and pass its api_id/api_hash at build time from a CI secret or a git-ignored file.';
const credentialsDeclaration = declareCheck({
    name: 'credentials',
    summary: 'Published, placeholder or hard-coded api_id/api_hash values and test data-center switches (Terms of Service 2.1).',
    defaultOn: true,
    scope: 'per-file',
    rules: [
        {
            id: 'published-api-credentials',
            level: 'error',
            summary: 'A published Telegram api_id or api_hash (sample, official or leaked) is in the code.',
            help: `Published credentials are limited on Telegram's side: users of an app released with them get API_ID_PUBLISHED_FLOOD or login errors, and Telegram's API Terms of Service (2.1) require your own api_id. ${OWN_ID}`,
        },
        {
            id: 'placeholder-api-credentials',
            level: 'warning',
            summary: "A library documentation placeholder is used as the app's api_id or api_hash.",
            help: `Placeholder values from library docs are not credentials: the app cannot log in (API_ID_INVALID). ${OWN_ID}`,
        },
        {
            id: 'hardcoded-api-credentials',
            level: 'warning',
            summary: 'An api_id or api_hash is written in the source instead of coming from a secret.',
            help: 'Anyone who reads the source or unpacks the app can reuse a committed api_hash, and Telegram may limit the app for it. Move the value to a CI secret or a git-ignored file and read it at build time; if it was ever public, revoke it at https://my.telegram.org/apps.',
        },
        {
            id: 'test-dc-in-release',
            level: 'warning',
            summary: "A switch to Telegram's test data centers is set outside test code.",
            help: 'Test data centers have separate accounts and reset without notice; a release built with this switch cannot log users in. Set it only in test code or behind a debug build flag.',
        },
    ],
    settings: [],
    configKeys: ['credentials'],
    load: async () => (await __nccwpck_require__.e(/* import() */ 606).then(__nccwpck_require__.bind(__nccwpck_require__, 5606))).credentialsCheck,
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./src/checks/license/declaration.ts


const licenseDeclaration = declareCheck({
    name: 'license',
    summary: 'A real GPL license file when the code derives from a GPL Telegram app; manifests and SPDX headers agree with it.',
    defaultOn: true,
    scope: 'repository',
    rules: [
        {
            id: 'license-missing',
            level: 'error',
            summary: 'The repository has no license file.',
            help: "Code derived from Telegram's apps must be distributed under the GPL: add the full GPL text as LICENSE (or COPYING).",
        },
        {
            id: 'license-not-gpl',
            level: 'error',
            summary: 'The license file is not GPL or AGPL, but the code is derived from a GPL Telegram app.',
            help: 'A derived work of GPL code must be released under a GPL version the upstream allows; LGPL and permissive licenses cannot carry it. Replace the license file with the GPL text.',
        },
        {
            id: 'license-incompatible',
            level: 'error',
            summary: "The license's GPL version cannot carry the upstream's.",
            help: 'Pick a GPL version the upstream allows (e.g. GPL-3.0-or-later for Telegram Desktop code, GPL-2.0-or-later or GPL-3.0 for Telegram for Android code).',
        },
        {
            id: 'license-mismatch',
            level: 'warning',
            summary: 'A manifest license field or SPDX header disagrees with the license file.',
            help: 'Make package manifests and SPDX-License-Identifier headers name the same license as the license file.',
        },
        {
            id: 'license-unrecognized',
            level: 'warning',
            summary: 'The license file matches no known license text closely enough.',
            help: 'Use the unmodified license text; GPL forbids adding further restrictions (GPLv3 §7, GPLv2 §6).',
        },
    ],
    settings: [
        {
            name: 'require-gpl',
            field: 'requireGpl',
            list: false,
            metavar: schema/* REQUIRE_GPL_VALUES */.HF.join('|'),
            values: schema/* REQUIRE_GPL_VALUES */.HF,
            help: 'whether the code must be GPL (default: auto, from upstream markers)',
        },
    ],
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(874), __nccwpck_require__.e(302)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7921))).licenseCheck,
});

;// CONCATENATED MODULE: ./src/checks/listing/declaration.ts

const listingDeclaration = declareCheck({
    name: 'listing',
    summary: 'The store listings kept in the repository, and the intro, say that the app is an unofficial one using the Telegram API (Terms of Service 2.2).',
    defaultOn: true,
    scope: 'repository',
    rules: [
        {
            id: 'store-listing-api-notice',
            level: 'warning',
            summary: 'A store listing kept in the repository does not say that the app is an unofficial one using the Telegram API.',
            help: 'Telegram API Terms of Service 2.2: users must be aware that the app uses the Telegram API and is part of the Telegram ecosystem, featured prominently in the app\'s store description. Add a sentence such as "This is an unofficial app that uses the Telegram API." near the start of each listing, in its language.',
        },
        {
            id: 'intro-api-notice',
            level: 'note',
            summary: "The app's intro screens (named as in Telegram's apps) never mention Telegram.",
            help: 'Telegram API Terms of Service 2.2 ask the in-app intro, where the app has one, to tell users that the app uses the Telegram API and is part of the Telegram ecosystem: say so on one of its pages.',
        },
    ],
    settings: [],
    load: async () => (await __nccwpck_require__.e(/* import() */ 673).then(__nccwpck_require__.bind(__nccwpck_require__, 8673))).listingCheck,
});

// EXTERNAL MODULE: ./src/checks/publication/place.ts
var place = __nccwpck_require__(2211);
;// CONCATENATED MODULE: ./src/checks/publication/declaration.ts


const publicationDeclaration = declareCheck({
    name: 'publication',
    summary: 'The source is public (the repository or its mirror) and holds the released commit and tag (GPL).',
    defaultOn: true,
    scope: 'repository',
    rules: [
        {
            id: 'source-not-public',
            level: 'error',
            summary: 'The repository is not public and no public mirror is declared.',
            help: 'Make the repository public, or declare a public mirror with the `mirror` input or config key.',
        },
        {
            id: 'release-not-published',
            level: 'error',
            summary: 'The released commit or tag is not in the public repository or mirror.',
            help: 'Push the release commit and its tag to the public repository or mirror before publishing the release.',
        },
        {
            id: 'source-unverified',
            level: 'warning',
            summary: 'Publication of the source could not be checked.',
            help: 'Give the check a token that can read the repository (and the mirror), and network access to the API.',
            environmental: true,
        },
        {
            id: 'source-directions-missing',
            level: 'note',
            summary: "Neither the README nor the app's about strings point to the source.",
            help: 'Link the public source repository from the README and the app\'s about screen (GPLv3 §6(d), GPLv2 §3).',
        },
    ],
    settings: [
        {
            name: 'mirror',
            field: 'mirror',
            list: false,
            metavar: 'OWNER/NAME|URL',
            help: 'the public mirror of a private repository',
            problem: place/* mirrorProblem */.Bm,
        },
    ],
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(415), __nccwpck_require__.e(544)]).then(__nccwpck_require__.bind(__nccwpck_require__, 544))).publicationCheck,
});

;// CONCATENATED MODULE: ./src/checks/all.ts






/** Every check, in the order they run and are reported. Adding a check is adding its declaration here. */
const CHECKS = [credentialsDeclaration, licenseDeclaration, brandingDeclaration, listingDeclaration, publicationDeclaration, artifactsDeclaration];
const byName = new Map(CHECKS.map((c) => [c.name, c]));
function checkByName(name) {
    return byName.get(name);
}
/** Every check's settings, in check order. */
const SETTINGS = CHECKS.flatMap((c) => c.settings);


/***/ }),

/***/ 7817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ CATALOGUE_VERSION),
/* harmony export */   RZ: () => (/* binding */ OFFICIAL_IDS_WITHOUT_HASH),
/* harmony export */   Ul: () => (/* binding */ isPublic),
/* harmony export */   VX: () => (/* binding */ PLACEHOLDER_HASHES),
/* harmony export */   gm: () => (/* binding */ PLACEHOLDER_GET_ONE),
/* harmony export */   h7: () => (/* binding */ PLACEHOLDER_IDS),
/* harmony export */   ic: () => (/* binding */ buildCatalogue),
/* harmony export */   ly: () => (/* binding */ PUBLISHED),
/* harmony export */   mM: () => (/* binding */ PLACEHOLDER_WORDS)
/* harmony export */ });
const CATALOGUE_VERSION = '2025.11';
const PUBLISHED = [
    { apiId: 4, apiHash: '014b35b6184100b085b0d0572f9b5103', kind: 'sample', origin: 'Telegram for Android (DrKLO/Telegram BuildVars.java APP_ID/APP_HASH), kept in most Android forks' },
    { apiId: 17349, apiHash: '344583e45741c457fe1862106095a5eb', kind: 'sample', origin: "Telegram Desktop's test credentials (docs/api_credentials.md, telegram_options.cmake TDESKTOP_API_TEST, config.h); gotd/td TestAppID" },
    { apiId: 8, apiHash: '7245de8e747a0d6fbe11f7cc14fcc0bb', kind: 'sample', origin: 'Telegram iOS example configuration (build-system/example-configuration/variables.bzl)' },
    { apiId: 9, apiHash: '3975f648bb682ee889f35483bc618d1c', kind: 'sample', origin: 'Telegram macOS, overtake/TelegramSwift (packages/ApiCredentials Config.swift: "Do not use it")' },
    { apiId: 94575, apiHash: 'a3406de8d171bb422bb6ddf3bbd800e2', kind: 'sample', origin: 'TDLib examples (example/ in C++, C#, Java, Swift, Python, UWP; test/tdclient.cpp)' },
    { apiId: 2899, apiHash: '36722c72256a24c1225de00eb6a1ca74', kind: 'sample', origin: 'telegram-cli, vysheng/tg (loop.h)' },
    { apiId: 611335, apiHash: 'd524b414d21f4d37f08684c1df41ac9c', kind: 'official', origin: "Telegram Desktop's snap/Flatpak credentials (snap/snapcraft.yaml), inherited by desktop forks" },
    { apiId: 2040, apiHash: 'b18441a1ff607e10a989891a5462e627', kind: 'official', origin: 'Telegram Desktop (official app id, published by extraction tools and fork docs)' },
    { apiId: 6, apiHash: 'eb06d4abfb49dc3eeb1aeb98ae0f581e', kind: 'official', origin: 'Telegram for Android store build (official app id)' },
    { apiId: 21724, apiHash: '3e0cb5efcd52300aec5994fdfc5bdc16', kind: 'official', origin: 'Telegram X (official app id)' },
    { apiId: 10840, apiHash: '33c45224029d59cb3ad0c16134215aeb', kind: 'official', origin: 'Telegram iOS (official app id)' },
    { apiId: 2834, apiHash: '68875f756c9b437a8b916ca3de215815', kind: 'official', origin: 'Telegram macOS store build (official app id)' },
    { apiId: 2496, apiHash: '8da85b0d5bfe62527e5b244c209159c3', kind: 'official', origin: 'Webogram / web.telegram.org (app/js/lib/config.js: "forks with these credentials may be blocked")' },
    { apiId: 1025907, apiHash: '452b0359b988148995f22ff0f4229750', kind: 'official', origin: 'Telegram Web K, morethanwords/tweb (committed .env VITE_API_ID)' },
    { apiId: 2458, apiHash: '5bce48dc7d331e62c955669eb7233217', kind: 'official', origin: 'Telegram for Android, 2014 BuildVars.java' },
    { apiId: 5, apiHash: '1c5c96d5edd401b1ed40db3fb5633e2d', kind: 'third-party', origin: 'old Java telegram-api / telegram-bot (ex3ndr)' },
    { apiId: 1391584, apiHash: '355c91550b0d658cfb7ff89dcf91a08c', kind: 'third-party', origin: 'NekoX build.gradle default' },
    { apiId: 10029733, apiHash: 'd0d81009d46e774f78c0e0e622f5fa21', kind: 'third-party', origin: 'OwlGram BuildVars.java' },
    { apiId: 14565251, apiHash: '9952ccf3124c8fa7835d9b8e091dfb4a', kind: 'third-party', origin: 'OctoGram BuildVars.java' },
    { apiId: 49631, apiHash: 'fb050b8f6771e15bfda5df2409931569', kind: 'third-party', origin: 'telegram-mtproto (JS) default config and README' },
    { apiId: 25628, apiHash: '1fe17cda7d355166cdaa71f04122873c', kind: 'third-party', origin: 'MadelineProto default, 2016-17' },
    { apiId: 65536, apiHash: '4251a2777e179232705e2462706f4143', kind: 'third-party', origin: 'MadelineProto default, 2017' },
    { apiId: 1, apiHash: 'b6b154c3707471f5339bd661645ed3d6', kind: 'official (reported)', origin: 'legacy Telegram iOS id, widespread in bots' },
    { apiId: 2521, apiHash: '64d20abd7ee359213579e9a599fde866', kind: 'official (reported)', origin: 'a Telegram for Android id (reported in key lists)' },
    { apiId: 16623, apiHash: '8c9dbfe58437d1739540f5d53c72ae4b', kind: 'third-party (reported)', origin: 'Plus Messenger (reported in key lists)' },
];
/** Ids of Telegram's official apps whose hash is not published: the id alone must not ship. */
const OFFICIAL_IDS_WITHOUT_HASH = [
    { apiId: 24, origin: 'Telegram for Android (official app id)' },
    { apiId: 1026, origin: 'Telegram for Android (official app id)' },
    { apiId: 1083, origin: 'Telegram for Android (official app id)' },
    { apiId: 7, origin: 'Telegram iOS (official app id)' },
    { apiId: 16352, origin: 'Telegram iOS (official app id)' },
    { apiId: 739222, origin: 'Telegram Web (official app id)' },
    { apiId: 1429, origin: 'Telegram for Windows Phone (official app id)' },
];
/** Library documentation placeholders: not working credentials, so an app shipping them cannot log in. */
const PLACEHOLDER_IDS = new Map([
    ['12345', 'Telethon/Pyrogram/mtcute docs'],
    ['123456', 'Telethon/Pyrogram/mtcute docs'],
    ['2222', 'tdl docs'],
    ['0123456', 'gotd example'],
]);
const PLACEHOLDER_HASHES = new Map([
    ['0123456789abcdef0123456789abcdef', 'Telethon/Pyrogram/mtcute/tdl docs'],
    ['123456abcdfg', 'GramJS docs'],
    ['aaaaaaaabbbbbbccccccfffffff001122', 'Telegram-FOSS docs'],
    ['8pu9yg32qkuukj83ozaqo5zzjwhkxhnk', 'go-tdlib docs'],
    ['abcdefg', 'library docs'],
]);
const PLACEHOLDER_WORDS = new Map(['YOUR_API_ID', 'YOUR_API_HASH', '[API_ID]', '[API_HASH]', 'your_api_id', 'your_api_hash', 'YOUR_TELEGRAM_API_ID', 'YOUR_TELEGRAM_API_HASH'].map((w) => [w, 'library docs']));
const PLACEHOLDER_GET_ONE = '{! get one at https://my.telegram.org/apps !}';
function buildCatalogue(extra = []) {
    const byHash = new Map();
    const byId = new Map();
    for (const c of [...PUBLISHED, ...extra]) {
        if (c.apiHash)
            byHash.set(c.apiHash.toLowerCase(), c);
        if (c.apiId !== undefined && !byId.has(c.apiId))
            byId.set(c.apiId, c);
    }
    for (const { apiId, origin } of OFFICIAL_IDS_WITHOUT_HASH) {
        if (!byId.has(apiId))
            byId.set(apiId, { apiId, kind: 'official', origin });
    }
    return { byHash, byId, hashPattern: new RegExp([...byHash.keys()].join('|'), 'g') };
}
/** Only values that Telegram or others already published may be printed whole. */
function isPublic(c) {
    return c.kind !== 'team';
}


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n6: () => (/* binding */ MIN_BYTES),
  Xg: () => (/* binding */ MIN_FILES),
  UG: () => (/* binding */ WORKER_KIND),
  T$: () => (/* binding */ WorkerPool),
  Cc: () => (/* binding */ threadCount)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/checks/credentials/workers.ts


const WORKER_KIND = 'telegram-compliance/credentials-scan';
// A small heap makes a thread collect its garbage (batches, decoded chunks) early: peak memory stays flat as trees
// grow. The prefilter leaves little to decode; one batch's findings are the most a thread keeps.
const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };
/** Below this much work, starting threads costs more than it saves. */
const MIN_BYTES = 32 * 1024 * 1024;
const MIN_FILES = 4000;
/** Threads for a large tree: every core, at most 8. `TG_COMPLIANCE_THREADS` overrides it (1 = none). */
function threadCount() {
    const forced = Number(process.env.TG_COMPLIANCE_THREADS);
    if (Number.isInteger(forced) && forced >= 1)
        return { threads: Math.min(forced, 16), forced: true };
    return { threads: Math.max(1, Math.min((0,external_node_os_namespaceObject.availableParallelism)(), 8)), forced: false };
}
/** What a file costs to scan, in bytes: opening it costs about as much as reading 4 KiB. */
function costOf(file) {
    return file.size + 4096;
}
/**
 * Scanning threads started from `script`: the bundle itself, which turns into a worker when it sees a WorkerRequest
 * (see src/worker.ts), so that a bundled file needs no separate worker file. Batches go to the thread with the
 * least work so far; each batch's ScanResult comes back as soon as it is done, so that a thread keeps no findings.
 */
class WorkerPool {
    threads;
    results = [];
    finishing = false;
    constructor(script, count, extra) {
        const request = { kind: WORKER_KIND, extra };
        this.threads = Array.from({ length: count }, () => {
            const worker = new external_node_worker_threads_.Worker(script, { workerData: request, stdout: false, stderr: false, resourceLimits: WORKER_HEAP });
            const thread = { worker, load: 0, pending: 0, drained: Promise.resolve(), check: () => { } };
            thread.drained = new Promise((resolve, reject) => {
                thread.check = () => {
                    if (this.finishing && thread.pending === 0)
                        resolve();
                };
                worker.on('message', (result) => {
                    this.results.push(result);
                    thread.pending--;
                    thread.check();
                });
                worker.once('error', reject);
                worker.once('exit', (code) => reject(new Error(`a scanning thread stopped with exit code ${code}`)));
            });
            thread.drained.catch(() => undefined); // a thread that fails early is reported by finish(), not as an unhandled rejection
            return thread;
        });
    }
    send(files) {
        const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
        thread.load += files.reduce((n, f) => n + costOf(f), 0);
        thread.pending++;
        thread.worker.postMessage({ files });
    }
    /** The results of every batch sent, once all have come back; then the threads are stopped. */
    async finish() {
        this.finishing = true;
        for (const thread of this.threads)
            thread.check();
        try {
            await Promise.all(this.threads.map((t) => t.drained));
        }
        finally {
            await Promise.all(this.threads.map((t) => t.worker.terminate()));
        }
        return this.results;
    }
}


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ mirrorProblem),
/* harmony export */   C1: () => (/* binding */ webHostOf),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Q$: () => (/* binding */ GITHUB_DOT_COM),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   fH: () => (/* binding */ sameApi),
/* harmony export */   v0: () => (/* binding */ parseMirror)
/* harmony export */ });
/* unused harmony export githubPlace */
const GITHUB_DOT_COM = { apiUrl: 'https://api.github.com', webHost: 'github.com' };
const NAME = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
function sameApi(a, b) {
    return trimSlash(a).toLowerCase() === trimSlash(b).toLowerCase();
}
/** Web host of a GitHub API: github.com for api.github.com, HOST for a GitHub Enterprise Server at https://HOST/api/v3. */
function webHostOf(apiUrl, publicGitHub = GITHUB_DOT_COM) {
    if (sameApi(apiUrl, publicGitHub.apiUrl))
        return publicGitHub.webHost;
    try {
        return new URL(apiUrl).host.replace(/^api\./, '');
    }
    catch {
        return apiUrl;
    }
}
function githubPlace(owner, repo, apiUrl, role, publicGitHub) {
    const webUrl = `https://${webHostOf(apiUrl, publicGitHub)}/${owner}/${repo}`;
    return { kind: 'github', owner, repo, apiUrl: trimSlash(apiUrl), webUrl, role, label: `${role} ${owner}/${repo}` };
}
function parseRepository(text, apiUrl, publicGitHub) {
    const m = NAME.exec(text.trim());
    return m ? githubPlace(m[1], m[2], apiUrl, 'repository', publicGitHub) : undefined;
}
/**
 * `owner/name` is a repository on the GitHub the run talks to; an https:// URL on github.com (or on that GitHub's own
 * host) is a GitHub repository; any other https:// URL is a git remote read over smart HTTP. Plain http:// is accepted
 * for loopback hosts only (local mirrors and tests).
 */
function parseMirror(text, apiUrl, publicGitHub) {
    const value = text.trim();
    const short = NAME.exec(value);
    if (short && !value.includes(':'))
        return githubPlace(short[1], short[2], apiUrl, 'mirror', publicGitHub);
    const problem = mirrorProblem(value);
    if (problem)
        return problem;
    const url = new URL(value);
    const path = url.pathname.replace(/\/+$/, '');
    const onGitHub = NAME.exec(path.slice(1));
    if (onGitHub && url.host === publicGitHub.webHost)
        return githubPlace(onGitHub[1], onGitHub[2], publicGitHub.apiUrl, 'mirror', publicGitHub);
    if (onGitHub && url.host === webHostOf(apiUrl, publicGitHub))
        return githubPlace(onGitHub[1], onGitHub[2], apiUrl, 'mirror', publicGitHub);
    const clone = `${url.origin}${path}`;
    return { kind: 'git-http', url: clone, webUrl: clone.replace(/\.git$/, ''), role: 'mirror', label: `mirror ${clone}` };
}
/** Why a mirror setting can never be read (checked before any scan: a usage error), or undefined. */
function mirrorProblem(text) {
    const value = text.trim();
    if (NAME.test(value) && !value.includes(':'))
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `mirror "${value}" is neither OWNER/NAME nor an https:// git URL`;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
        return `mirror "${value}" must be an https:// URL (anonymous readers fetch the source there)`;
    }
    if (url.username || url.password)
        return 'the mirror URL must not hold credentials: it has to be readable anonymously';
    return undefined;
}
/** Why a repository setting is not OWNER/NAME, or undefined. */
function repositoryProblem(text) {
    return NAME.test(text.trim()) ? undefined : `"${text}" is not OWNER/NAME`;
}
function trimSlash(s) {
    return s.replace(/\/+$/, '');
}


/***/ }),

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ isSha),
/* harmony export */   NC: () => (/* binding */ describeRelease),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   l7: () => (/* binding */ releaseOf)
/* harmony export */ });
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function isSha(text) {
    return SHA.test(text);
}
/** The release the run is about, undefined when none is named, or a reason when the ref cannot be used. */
function releaseOf(settings) {
    const ref = settings.ref?.trim() || undefined;
    const sha = ref && isSha(ref) ? ref.toLowerCase() : undefined;
    if (settings.releaseTag?.trim())
        return { tag: stripTagPrefix(settings.releaseTag.trim()), sha };
    if (!ref)
        return undefined;
    if (sha)
        return settings.releaseBranch ? { sha, branch: settings.releaseBranch } : { sha };
    if (ref.startsWith('refs/tags/'))
        return { tag: stripTagPrefix(ref) };
    return `the ref "${ref}" is neither a commit SHA nor a tag (refs/tags/NAME), and was not resolved as a tag or branch, so the released commit is unknown`;
}
function stripTagPrefix(tag) {
    return tag.replace(/^refs\/tags\//, '');
}
function short(sha) {
    return sha.slice(0, 12);
}
function describeRelease(r) {
    if (r.tag && r.sha)
        return `tag ${r.tag} (commit ${short(r.sha)})`;
    if (r.branch && r.sha)
        return `branch ${r.branch} (commit ${short(r.sha)})`;
    return r.tag ? `tag ${r.tag}` : `commit ${short(r.sha)}`;
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ parseListReposArgs),
/* harmony export */   Sm: () => (/* binding */ parseMatrixArgs),
/* harmony export */   _$: () => (/* binding */ HELP),
/* harmony export */   _P: () => (/* binding */ MATRIX_HELP),
/* harmony export */   h$: () => (/* binding */ MERGE_HELP),
/* harmony export */   hT: () => (/* binding */ parseCliArgs),
/* harmony export */   t9: () => (/* binding */ LIST_REPOS_HELP),
/* harmony export */   vB: () => (/* binding */ parseMergeArgs)
/* harmony export */ });
/* unused harmony export FORMATS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checks_all_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5021);
/* harmony import */ var _config_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1440);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(131);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2784);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1001);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9244);







const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const SUPPRESSION_DIRECTIVE = 'tg-compliance:allow';
const HELP = `Usage: tg-compliance [options] [PATH]
       tg-compliance merge [options] REPORT.json...      (see tg-compliance merge --help)
       tg-compliance list-repos --org NAME [options]     (see tg-compliance list-repos --help)
       tg-compliance matrix [--batch N] [FILE]           (see tg-compliance matrix --help)

Checks a Telegram API app before it ships: published api_id/api_hash values, the GPL license,
source publication and the app title. PATH defaults to the current folder (write ./merge for a folder named merge).

Options:
  --format ${FORMATS.join('|')}   output format (default: text)
  --output FILE                       write the report to FILE (its folder must exist) instead of standard output
  --checks LIST                       comma-separated: ${_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECK_NAMES */ .cj.join(',')}
                                      (default: ${_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CHECKS */ .UK.join(',')}${enabledByNote()})
  --fail-on ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.join('|')}  exit 1 when a finding is at or above this level (default: error)
  --config FILE                       configuration file (default: ${_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi} under the workspace root)
  --max-file-size SIZE                skip (and list) larger files, e.g. 100MiB (default: 100MiB)
  --since REF                         scan only files changed between REF and HEAD (repository-wide checks run whole)
  --repository OWNER/NAME             the GitHub repository (default: the origin remote, when PATH is a work tree's top);
                                      without one, outside CI, the publication check is not run
  --ref REF                           the commit, tag or branch being released (publication check; a bare name is
                                      looked up as a tag, then a branch)
  --api-url URL                       GitHub API URL (default: https://api.github.com)
${settingLines()}
  --baseline FILE                     accepted findings (written by --write-baseline), read beside the config
  --write-baseline FILE               add the current findings to FILE as ignore entries, then exit 0
  --verbose                           print debug information to standard error
  -h, --help                          show this help
  -v, --version                       print the version and the catalogue's version

Checks:
${checkLines()}

Configuration file keys: ${_config_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_KEYS */ .m.join(', ')}.

Suppressing a finding:
  ${SUPPRESSION_DIRECTIVE} [RULE-ID ...] [-- reason]            in a comment on the finding's line
  ${SUPPRESSION_DIRECTIVE}-next-line [RULE-ID ...] [-- reason]  in a comment on the line before
  ignore: entries (paths, rules, fingerprint, reason) in the configuration file, or --write-baseline FILE

Environment:
  GITHUB_TOKEN                        token for the GitHub API (publication check, list-repos); never printed
  GITHUB_API_URL                      GitHub API URL when --api-url is not given
  TG_COMPLIANCE_THREADS               scanning threads for a large tree (default: every core, at most 8; 1: none)
  CI, GITHUB_ACTIONS                  in CI an unknown repository is a source-unverified warning, not a skipped check
  NO_COLOR                            no colours in the text report

Examples:
  tg-compliance
      scan the current folder; text report, exit 1 on errors
  tg-compliance --fail-on warning --format sarif --output report.sarif path/to/app
      fail on warnings too; SARIF for code scanning
  GITHUB_TOKEN=... tg-compliance --repository acme/app --ref v1.0.0
      also check that the source of release v1.0.0 is public

Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage, configuration or internal error.
`;
/** The check settings' flags, in the help's layout (the flag and its value padded to the description's column). */
function settingLines() {
    return _checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS */ .yy.map((s) => `  ${`--${s.name} ${s.metavar}`.padEnd(36)}${s.help}`).join('\n');
}
function checkLines() {
    return _checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
}
function enabledByNote() {
    return _checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui.filter((c) => c.enabledBy).map((c) => `; ${c.name} runs when --${_checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS */ .yy.find((s) => s.field === c.enabledBy).name} is given`).join('');
}
function parseCliArgs(argv) {
    const { values, positionals } = parseStrict(argv, {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        checks: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'max-file-size': { type: 'string' },
        since: { type: 'string' },
        repository: { type: 'string' },
        ref: { type: 'string' },
        'api-url': { type: 'string' },
        ...Object.fromEntries(_checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS */ .yy.map((s) => [s.name, { type: 'string', multiple: s.list }])),
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
    });
    if (positionals.length > 1)
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
    return {
        path: positionals[0] ?? '.',
        format: formatOf(values.format),
        output: values.output,
        checks: values.checks,
        failOn: values['fail-on'],
        config: values.config,
        settings: Object.fromEntries(_checks_all_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS */ .yy.map((s) => [s.field, values[s.name]])),
        maxFileSize: values['max-file-size'],
        since: values.since,
        repository: values.repository,
        ref: values.ref,
        apiUrl: values['api-url'],
        baseline: values.baseline,
        writeBaseline: values['write-baseline'],
        verbose: values.verbose ?? false,
        help: values.help ?? false,
        version: values.version ?? false,
    };
}
const MERGE_HELP = `Usage: tg-compliance merge [options] REPORT.json...

Merges the JSON reports of many repositories (tg-compliance --format json, one per repository) into one report:
a table of repositories, totals per rule and the repositories that were unreachable. A file may also be an
unreachable entry: {"repository": {"name": "OWNER/NAME"}, "unreachable": "why"}.

Options:
  --format text|json|sarif|markdown   output format (default: text); SARIF has one run per repository
  --output FILE                       write the merged report to FILE instead of standard output
  --fail-on error|warning|note|never  exit 1 when a merged finding is at or above this level (default: error)
  -h, --help                          show this help

Exit status: 0 pass, 1 findings at or above --fail-on, 2 a usage error, a report that cannot be read (the merged
report is still written, with that file listed as unreachable) or a repository whose scan had a failed check.
`;
function parseMergeArgs(argv) {
    const { values, positionals } = parseStrict(argv, {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    const help = values.help ?? false;
    if (positionals.length === 0 && !help)
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('merge: expected one or more REPORT.json files (see tg-compliance merge --help)');
    return { reports: positionals, format: formatOf(values.format), output: values.output, failOn: values['fail-on'], help };
}
const LIST_REPOS_HELP = `Usage: tg-compliance list-repos --org NAME [options]

Prints an organisation's repositories as OWNER/NAME, one a line, sorted: the input of tg-compliance matrix.
Forks and archived repositories are left out unless asked for. The token comes from GITHUB_TOKEN (without one,
public repositories only).

Options:
  --org NAME                          the organisation (required)
  --topic TOPIC                       only repositories with this topic
  --include-forks                     list forks too
  --include-archived                  list archived repositories too
  --api-url URL                       GitHub API URL (default: https://api.github.com)
${settingLines()}
  --output FILE                       write the list to FILE instead of standard output
  -h, --help                          show this help
`;
function parseListReposArgs(argv) {
    const { values, positionals } = parseStrict(argv, {
        org: { type: 'string' },
        topic: { type: 'string' },
        'include-forks': { type: 'boolean' },
        'include-archived': { type: 'boolean' },
        'api-url': { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
    });
    const help = values.help ?? false;
    if (positionals.length > 0)
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`list-repos: unexpected argument "${positionals[0]}" (see tg-compliance list-repos --help)`);
    const org = values.org?.trim() ?? '';
    if (!help && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`list-repos: --org needs an organisation name${org ? `, not "${org}"` : ''} (see tg-compliance list-repos --help)`);
    return {
        org,
        topic: values.topic?.trim() || undefined,
        includeForks: values['include-forks'] ?? false,
        includeArchived: values['include-archived'] ?? false,
        apiUrl: values['api-url'],
        output: values.output,
        help,
    };
}
const MATRIX_HELP = `Usage: tg-compliance matrix [--batch N] [FILE]

Reads OWNER/NAME lines (FILE, or standard input when FILE is absent or -; blank lines and # comments skipped,
repeats dropped) and prints the sweep's matrix as JSON: {"total", "batches", "batch", "repositories", "summary"}.
GitHub runs at most 256 jobs from one matrix: larger lists are split into batches of 256 and "repositories"
holds batch N's.

Options:
  --batch N                           which batch, from 1 (default: 1)
  --output FILE                       write the JSON to FILE instead of standard output
  -h, --help                          show this help

Exit status: 0, or 2 when a line is not OWNER/NAME (each is named on standard error; the matrix is still printed).
`;
function parseMatrixArgs(argv) {
    const { values, positionals } = parseStrict(argv, {
        batch: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
    });
    if (positionals.length > 1)
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`matrix: expected at most one FILE, got ${positionals.length} (see tg-compliance matrix --help)`);
    const batchText = values.batch ?? '1';
    if (!/^[1-9]\d{0,5}$/.test(batchText))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`matrix: --batch: "${batchText}" is not a batch number (1, 2, ...)`);
    return { file: positionals[0], batch: Number(batchText), output: values.output, help: values.help ?? false };
}
function parseStrict(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options });
    }
    catch (err) {
        const { code, message } = err;
        const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
        if (unknown !== undefined) {
            const longs = Object.keys(options).map((name) => `--${name}`);
            const shorts = Object.values(options).flatMap((o) => (o.short ? [`-${o.short}`] : []));
            const hint = unknown.startsWith('--') ? (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .a)(unknown, longs) : ` (the short options are ${shorts.join(', ')})`;
            throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown option "${unknown}"${hint} (see --help)`);
        }
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${message.split('\n')[0]} (see --help)`);
    }
}
function formatOf(value) {
    const format = (value ?? 'text');
    if (!FORMATS.includes(format))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--format: unknown format "${value}" (expected one of: ${FORMATS.join(', ')})`);
    return format;
}


/***/ }),

/***/ 5220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ publicationNotRun),
/* harmony export */   aG: () => (/* binding */ publicationTarget),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   p4: () => (/* binding */ repositoryInfo),
/* harmony export */   po: () => (/* binding */ apiUrlOf)
/* harmony export */ });
/* unused harmony export inCi */
/* harmony import */ var _checks_publication_place_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2211);
/* harmony import */ var _checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5841);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1243);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(131);
/* harmony import */ var _report_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5020);





/** --api-url or GITHUB_API_URL, checked to be an http(s) URL. */
function apiUrlOf(given, env) {
    const url = given ?? (env || 'https://api.github.com');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${given !== undefined ? '--api-url' : 'GITHUB_API_URL'}: "${url}" is not an http(s) URL`);
    return url;
}
/**
 * The repository the run is about: --repository, else the origin remote, read only when PATH is the top of a git work
 * tree (a fixture folder inside another repository is not that repository).
 */
async function repositoryName(repository, apiUrl, target, top, log) {
    if (repository || top !== target || !top)
        return repository;
    const url = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .originUrl */ .sH)(top);
    if (!url)
        return undefined;
    const name = (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryFromRemote */ .Py)(url, (0,_checks_publication_place_js__WEBPACK_IMPORTED_MODULE_0__/* .webHostOf */ .C1)(apiUrl));
    if (!name)
        log.debug(`the origin remote is not on ${(0,_checks_publication_place_js__WEBPACK_IMPORTED_MODULE_0__/* .webHostOf */ .C1)(apiUrl)}; pass --repository`);
    return name;
}
/** Whether the run is a CI job (CI=true on every major CI service, GITHUB_ACTIONS on GitHub's runners). */
function inCi(env) {
    return (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.GITHUB_ACTIONS === 'true';
}
/**
 * Why the publication check is not run: outside CI, with no repository and no mirror, a local scan of a plain folder
 * has nothing to check publication against, and a warning would fail `--fail-on warning` for it. In CI an unknown
 * repository stays a source-unverified warning: a release job should know what it releases.
 */
function publicationNotRun(repository, mirror, env) {
    if (repository || mirror || inCi(env))
        return undefined;
    return 'no repository known (no --repository, no origin remote on GitHub) and not in CI: pass --repository OWNER/NAME (or --mirror) to check that the source is published';
}
/**
 * The repository and release the publication check looks at. --ref is resolved to a commit in the work tree when git
 * can, and a bare name the clone does not have is looked up on GitHub: a tag first, then a branch, as git does. The
 * log says which it took; a bare name that is neither is a usage error.
 */
async function publicationTarget(repo, ref, top, api, log) {
    if (!ref)
        return { repository: repo };
    const local = top ? await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .qE)(top, ref) : undefined;
    if (local) {
        const what = local.tag ? `the tag ${local.tag} (commit ${(0,_checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__/* .short */ .h0)(local.sha)})` : local.branch ? `the branch ${local.branch} (commit ${(0,_checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__/* .short */ .h0)(local.sha)})` : `the commit ${(0,_checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__/* .short */ .h0)(local.sha)}`;
        log.info(`--ref ${ref}: ${what} in the local clone`);
        return { repository: repo, ref: local.sha, releaseTag: local.tag, releaseBranch: local.branch };
    }
    if ((0,_checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__/* .isSha */ .HH)(ref) || ref.startsWith('refs/tags/'))
        return { repository: repo, ref };
    if (!repo) {
        const where = top ? 'neither a tag nor a branch of the local clone' : 'not a full commit SHA and there is no local clone to resolve it in';
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--ref: "${ref}" is ${where}; pass --repository OWNER/NAME to look it up on GitHub`);
    }
    const { resolveRefOnGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(415), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1769));
    const found = await resolveRefOnGitHub(repo, ref, api);
    if (found.kind === 'neither') {
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--ref: "${ref}" is neither a tag nor a branch of ${repo}${top ? ' (on GitHub or in the local clone)' : ''}, nor a full commit SHA`);
    }
    if (found.kind === 'unanswered') {
        log.warning(`--ref ${ref}: could not look it up on GitHub: ${found.reason}`);
        return { repository: repo, ref };
    }
    log.info(`--ref ${ref}: the ${found.kind} ${ref} (commit ${(0,_checks_publication_release_js__WEBPACK_IMPORTED_MODULE_3__/* .short */ .h0)(found.sha)}) of ${repo} on GitHub`);
    return { repository: repo, ref: found.sha, ...(found.kind === 'tag' ? { releaseTag: ref } : { releaseBranch: ref }) };
}
/** The report's `repository`, when the run's repository is known: its page on the API's web host and the commit scanned. */
async function repositoryInfo(name, apiUrl, top) {
    const head = name && top ? await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .qE)(top, 'HEAD') : undefined;
    return (0,_report_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRepository */ .M)(name, `https://${(0,_checks_publication_place_js__WEBPACK_IMPORTED_MODULE_0__/* .webHostOf */ .C1)(apiUrl)}/${name}`, head?.sha);
}


/***/ }),

/***/ 3455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   GA: () => (/* binding */ artifactGlobProblem)
/* harmony export */ });
/* unused harmony exports MAX_BRACE_EXPANSIONS, braceExpansions */
/**
 * What is wrong with a glob that the matchers would silently take as a literal name and never match: an unclosed
 * `[` or `{`. Undefined when it is well formed. (fast-glob and ignore accept anything, so a typo would pass unseen.)
 */
function globProblem(glob) {
    if (glob.trim() === '')
        return 'an empty pattern';
    let braces = 0;
    let classStart = -1;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (classStart >= 0) {
            // `]` right after `[` or `[!` is part of the class, as in git and bash.
            if (c === ']' && i > classStart + 1 && !(i === classStart + 2 && (glob[classStart + 1] === '!' || glob[classStart + 1] === '^')))
                classStart = -1;
            continue;
        }
        if (c === '[')
            classStart = i;
        else if (c === '{')
            braces++;
        else if (c === '}' && braces > 0)
            braces--;
    }
    if (classStart >= 0)
        return `"[" at character ${classStart + 1} is never closed (write \\[ for a literal bracket)`;
    if (braces > 0)
        return `a "{" is never closed (write \\{ for a literal brace)`;
    return undefined;
}
/** More patterns than any real artifacts glob needs; fast-glob would build every one in memory (22 `{a,b}` groups: 3 GB). */
const MAX_BRACE_EXPANSIONS = 1024;
/** Deeper nesting than any real glob; the expansion (and its count) recurse once per level. */
const MAX_BRACE_DEPTH = 32;
/** An artifacts glob's problem: a malformed pattern, or `{…}` groups that expand to more than MAX_BRACE_EXPANSIONS patterns. */
function artifactGlobProblem(glob) {
    const problem = globProblem(glob);
    if (problem)
        return problem;
    if (braceDepth(glob) > MAX_BRACE_DEPTH)
        return `its {…} groups nest more than ${MAX_BRACE_DEPTH} deep`;
    const n = braceExpansions(glob);
    return n > MAX_BRACE_EXPANSIONS ? `its {…} groups expand to ${n.toLocaleString('en-US')} patterns, more than the ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} allowed` : undefined;
}
/**
 * How many patterns a glob's `{a,b}` lists and `{1..9}` / `{a..z}` ranges expand to, nested or in a row, counted
 * without expanding anything (the count saturates at Number.MAX_SAFE_INTEGER). A `{` never closed is a literal.
 */
function braceExpansions(glob) {
    let i = 0;
    const cap = (n) => Math.min(n, Number.MAX_SAFE_INTEGER);
    // A run of text and groups, up to a `,` or `}` of the group it is in: the product of its groups.
    const sequence = (inGroup) => {
        let product = 1;
        while (i < glob.length) {
            const c = glob[i];
            if (c === '\\')
                i += 2;
            else if (inGroup && (c === ',' || c === '}'))
                break;
            else if (c === '{') {
                i++;
                product = cap(product * group());
            }
            else
                i++;
        }
        return product;
    };
    // After a `{`: the sum of its alternatives, or the length of its range.
    const group = () => {
        const start = i;
        let sum = 0;
        let alternatives = 0;
        for (;;) {
            sum = cap(sum + sequence(true));
            alternatives++;
            if (i >= glob.length)
                return 1;
            if (glob[i++] === '}')
                break;
        }
        return alternatives === 1 ? rangeLength(glob.slice(start, i - 1)) : sum;
    };
    return sequence(false);
}
const RANGE = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/;
function rangeLength(body) {
    const m = RANGE.exec(body);
    if (!m)
        return 1;
    const value = (s) => (/\d/.test(s) ? Number(s) : s.charCodeAt(0));
    const step = Math.abs(Number(m[3] ?? 1)) || 1;
    return Math.floor(Math.abs(value(m[2]) - value(m[1])) / step) + 1;
}
function braceDepth(glob) {
    let depth = 0;
    let deepest = 0;
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            deepest = Math.max(deepest, ++depth);
        else if (glob[i] === '}' && depth > 0)
            depth--;
    }
    return deepest;
}


/***/ }),

/***/ 1440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ CONFIG_KEYS)
/* harmony export */ });
/* harmony import */ var _checks_all_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5021);

/** The keys of the configuration file: the tool's own, then each check's settings and keys of its own. */
const CONFIG_KEYS = [
    'checks',
    'fail-on',
    'max-file-size',
    ..._checks_all_js__WEBPACK_IMPORTED_MODULE_0__/* .SETTINGS */ .yy.map((s) => s.name),
    ..._checks_all_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .ui.flatMap((c) => c.configKeys ?? []),
    'baseline',
    'rules',
    'ignore',
];


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   D2: () => (/* binding */ RULE_LEVELS),
/* harmony export */   HF: () => (/* binding */ REQUIRE_GPL_VALUES),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   mS: () => (/* binding */ SUGGESTED_BASELINE_PATH)
/* harmony export */ });
const REQUIRE_GPL_VALUES = ['auto', 'true', 'false'];
const RULE_LEVELS = ['error', 'warning', 'note', 'off'];
const EMPTY_CONFIG = { credentials: { extra: [] }, ignore: [] };
const DEFAULT_CONFIG_PATH = '.github/telegram-compliance.yml';
/** Where the README and the reports suggest keeping a baseline (nothing reads it unless named). */
const SUGGESTED_BASELINE_PATH = '.github/telegram-compliance-baseline.yml';
/** A problem in the user's configuration, input or arguments: exit 2 with this one line. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 4089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize)
/* harmony export */ });
const UNITS = { '': 1, b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 };
/** Parses "100MiB", "10 MB", "1g" or a plain number of bytes; undefined when it is not a size. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    return Math.floor(Number(m[1]) * unit);
}


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/** "did you mean" for a misspelt key, rule id or check name: the closest candidate within a small edit distance. */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return best !== undefined && bestDistance <= limit ? ` (did you mean "${best}"?)` : ` (expected one of: ${candidates.join(', ')})`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 7033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ failedChecks),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   et: () => (/* binding */ exitStatusOf)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1001);

/** The one place where the verdict is decided: a failed check outranks findings, findings at fail-on fail. */
function decide(findings, failOn, checks) {
    if (Object.values(checks).some((c) => c.status === 'failed'))
        return 'error';
    return findings.some((f) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.level, failOn)) ? 'fail' : 'pass';
}
/** The exit status of a verdict: 0 pass, 1 findings at fail-on, 2 a check failed. */
function exitStatusOf(result) {
    return result === 'pass' ? 0 : result === 'fail' ? 1 : 2;
}
/** The checks that failed, each with its reason, for the line that says why a run is `error`. */
function failedChecks(checks) {
    return Object.entries(checks)
        .filter(([, c]) => c.status === 'failed')
        .map(([name, c]) => `the ${name} check failed (${c.reason ?? 'no reason given'})`)
        .join('; ');
}


/***/ }),

/***/ 4647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ carryStart),
/* harmony export */   S4: () => (/* binding */ owns),
/* harmony export */   Vl: () => (/* binding */ ownedRange)
/* harmony export */ });
/** The owned range of a chunk of `length` units whose first `from` units were carried as look-back. */
function ownedRange(length, from, atEnd, overlap) {
    return { from, limit: atEnd ? length : Math.max(from, length - overlap) };
}
/** Where the next chunk's carried units start in this chunk: `overlap` before this chunk's limit. */
function carryStart(window, overlap) {
    return Math.max(0, window.limit - overlap);
}
/** Whether a match starting at `offset` is this chunk's to report. */
function owns(window, offset) {
    return offset >= window.from && offset < window.limit;
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ AS_BYTES),
/* harmony export */   Z: () => (/* binding */ sniff)
/* harmony export */ });
const SNIFF_BYTES = 8192;
/** What a reader takes a file for when it is told not to sniff: UTF-8 bytes from the first byte on. */
const AS_BYTES = { binary: false, encoding: 'utf-8', bomLength: 0 };
/**
 * Decides from a file's first bytes whether it is text, and how it is encoded: a BOM wins; UTF-16 without a BOM
 * is recognised by its NUL bytes all falling on one parity; any other NUL byte means binary.
 */
function sniff(head) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        return { binary: false, encoding: 'utf-8', bomLength: 3 };
    if (head[0] === 0xff && head[1] === 0xfe)
        return { binary: false, encoding: 'utf-16le', bomLength: 2 };
    if (head[0] === 0xfe && head[1] === 0xff)
        return { binary: false, encoding: 'utf-16be', bomLength: 2 };
    const n = Math.min(head.length, SNIFF_BYTES);
    // Most files hold no NUL byte at all: a native search says so many times faster than a loop over every byte.
    const firstNul = Buffer.from(head.buffer, head.byteOffset, n).indexOf(0);
    if (firstNul === -1)
        return { binary: false, encoding: 'utf-8', bomLength: 0 };
    let nulEven = 0;
    let nulOdd = 0;
    for (let i = firstNul; i < n; i++) {
        if (head[i] === 0) {
            if (i & 1)
                nulOdd++;
            else
                nulEven++;
        }
    }
    const pairs = n >> 1;
    if (nulOdd > pairs * 0.3 && nulEven === 0)
        return { binary: false, encoding: 'utf-16le', bomLength: 0 };
    if (nulEven > pairs * 0.3 && nulOdd === 0)
        return { binary: false, encoding: 'utf-16be', bomLength: 0 };
    return { binary: true };
}


/***/ }),

/***/ 5484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   V: () => (/* binding */ releaseWorkflow)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);

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
function kindOf(path) {
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
function releaseWorkflow(text) {
    let workflow;
    try {
        workflow = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch {
        return false;
    }
    if (!workflow || typeof workflow !== 'object')
        return false;
    const on = workflow.on;
    if (on === 'release')
        return true;
    if (Array.isArray(on))
        return on.includes('release');
    if (!on || typeof on !== 'object')
        return false;
    const events = on;
    if ('release' in events)
        return true;
    const push = events.push;
    return Boolean(push && typeof push === 'object' && ('tags' in push || 'tags-ignore' in push));
}


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   l: () => (/* binding */ insideAny)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether `path` is `base` or inside it; case-insensitive on Windows, whose file names are. */
function isInside(base, path, platform = process.platform) {
    const paths = platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix;
    const fold = (p) => (platform === 'win32' ? p.toLowerCase() : p);
    const rel = paths.relative(fold(base), fold(path));
    return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}
/** Whether `path` is inside any of `bases`. */
function insideAny(bases, path) {
    return bases.some((base) => isInside(base, path));
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readHead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The first `bytes` bytes of a file as UTF-8 text; undefined for an unreadable file, or a binary one when asked. */
function readHead(abs, bytes, options = {}) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const buffer = Buffer.allocUnsafe(bytes);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, bytes, 0);
        const head = buffer.subarray(0, n);
        if (options.textOnly && head.includes(0))
            return undefined;
        return head.toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 4610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The text of a small regular file, read without following a symbolic link at its own name (O_NOFOLLOW where the
 * platform has it, lstat first where it has not, and the opened file checked to be a regular one) and never more
 * than `maxBytes`: a `.gitignore` or config file linked to /dev/zero or outside the workspace, or a huge one, is
 * refused unread. Throws an Error whose message says why (code ELOOP for a link).
 */
function readRegularFileSync(abs, maxBytes, noFollow = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) {
    // Where the platform has no O_NOFOLLOW (Windows), the name is looked at first; the error is the one open gives.
    if (!noFollow && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink())
        throw Object.assign(new Error(`ELOOP: a symbolic link, never followed: ${abs}`), { code: 'ELOOP' });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | noFollow | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes} bytes`);
        const buffer = Buffer.alloc(st.size);
        let read = 0;
        while (read < st.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, st.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.toString('utf8', 0, read);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 5718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Pc: () => (/* binding */ DEFAULT_READ),
  Dn: () => (/* binding */ countNewlines),
  PN: () => (/* binding */ openTextSync),
  bC: () => (/* binding */ readWholeText),
  vw: () => (/* binding */ utf8Of)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/files/decode.ts
var decode = __nccwpck_require__(409);
// EXTERNAL MODULE: ./src/files/chunk-window.ts
var chunk_window = __nccwpck_require__(4647);
;// CONCATENATED MODULE: ./src/files/read-text.ts





const DEFAULT_READ = { chunkBytes: 4 * 1024 * 1024, overlapChars: 4096 };
/**
 * Opens a file as text, synchronously: many small synchronous reads cost far less than their promise-based
 * equivalents, and the scanning threads have nothing else to do meanwhile. A binary file is reported as such after
 * its first bytes; text is decoded (UTF-8, or UTF-16 with or without a BOM) and yielded in bounded chunks with
 * overlap, so memory does not grow with file size. `scratch` is a reusable read buffer of `chunkBytes`.
 * `sniff: false` takes the file as UTF-8 bytes whatever its first bytes say (a source file with a stray NUL byte).
 */
function openTextSync(abs, size, options = DEFAULT_READ, scratch, sniffing = true) {
    const fd = (0,external_node_fs_.openSync)(abs, 'r');
    let handedOver = false;
    try {
        const buffer = scratch && scratch.length >= options.chunkBytes ? scratch : Buffer.allocUnsafe(Math.max(1, Math.min(size + 1, options.chunkBytes)));
        const length = Math.min(buffer.length, options.chunkBytes);
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, length, 0);
        const sniffed = sniffing ? (0,decode/* sniff */.Z)(buffer.subarray(0, Math.min(bytesRead, 8192))) : decode/* AS_BYTES */.D;
        if (sniffed.binary)
            return { binary: true };
        handedOver = true;
        const asBytes = !sniffing || (options.utf8AsBytes === true && sniffed.encoding === 'utf-8');
        return { binary: false, encoding: sniffed.encoding, chunks: chunksOf(fd, buffer, length, sniffed.bomLength, bytesRead, makeDecoder(asBytes ? 'bytes' : sniffed.encoding), options, asBytes) };
    }
    finally {
        if (!handedOver)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** A small file's whole text, decoded as `openTextSync` does; offsets match the file. */
function readWholeText(abs, size, options = DEFAULT_READ) {
    const opened = openTextSync(abs, size, options);
    if (opened.binary)
        return opened;
    let text = '';
    for (const chunk of opened.chunks)
        text += chunk.text.slice(chunk.from, chunk.limit);
    return { binary: false, text };
}
function* chunksOf(fd, buffer, length, start, bytesRead, decoder, options, asBytes) {
    try {
        let position = bytesRead;
        let atEnd = bytesRead < length;
        let bytes = buffer.subarray(start, bytesRead);
        let carry = '';
        let from = 0;
        let line = 1;
        let column = 0;
        let readBuffer = buffer;
        for (;;) {
            const decoded = decoder.write(bytes);
            const text = carry + (atEnd ? decoded + decoder.end() : decoded);
            const window = (0,chunk_window/* ownedRange */.Vl)(text.length, from, atEnd, options.overlapChars);
            yield { text, line, column, ...window, ...(asBytes ? { bytes: true } : {}) };
            if (atEnd)
                return;
            if (readBuffer.length < options.chunkBytes)
                readBuffer = Buffer.allocUnsafe(options.chunkBytes);
            const n = (0,external_node_fs_.readSync)(fd, readBuffer, 0, options.chunkBytes, position);
            position += n;
            atEnd = n < options.chunkBytes;
            const next = (0,chunk_window/* carryStart */.C0)(window, options.overlapChars);
            line += countNewlines(text, 0, next);
            const lastNewline = text.lastIndexOf('\n', next - 1);
            column = lastNewline === -1 ? column + next : next - lastNewline - 1;
            carry = text.slice(next);
            from = window.limit - next;
            bytes = readBuffer.subarray(0, n);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A streaming decoder that keeps a character cut at a chunk edge for the next chunk. */
function makeDecoder(encoding) {
    if (encoding === 'bytes')
        return { write: (b) => b.toString('latin1'), end: () => '' };
    if (encoding === 'utf-16be') {
        const d = new external_node_util_.TextDecoder('utf-16be', { ignoreBOM: true });
        return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
    }
    const d = new external_node_string_decoder_namespaceObject.StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
    return { write: (b) => d.write(b), end: () => d.end() };
}
/** The real text of a piece of a chunk read with `utf8AsBytes`. */
function utf8Of(bytes) {
    return Buffer.from(bytes, 'latin1').toString('utf8');
}
function countNewlines(text, from, to) {
    let n = 0;
    // A short range is read character by character: indexOf would run on to the end of a long line each time.
    if (to - from < 256) {
        for (let i = from; i < to; i++)
            if (text.charCodeAt(i) === 10)
                n++;
        return n;
    }
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}


/***/ }),

/***/ 767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CA: () => (/* binding */ errorCode),
  Pe: () => (/* binding */ listPaths),
  V8: () => (/* binding */ relative),
  GG: () => (/* binding */ walk)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/files/file-kind.ts
var file_kind = __nccwpck_require__(5484);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/files/git-files.ts

/**
 * The files a checkout ships, as git lists them: every tracked file, whatever .gitignore says (after
 * actions/checkout, an ignored file in the workspace is a committed one), and every untracked file that .gitignore
 * does not leave out. `onPath` gets each path as raw bytes relative to `cwd`, as soon as git prints it, so that the
 * list is never held whole. Resolves to false when `cwd` is in no git work tree or git cannot run.
 */
function listGitFiles(cwd, pathspec, onPath) {
    return new Promise((resolve, reject) => {
        const args = ['-c', 'core.quotePath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', `:(literal)${pathspec}`];
        const git = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
        let pending = Buffer.alloc(0);
        let stderr = '';
        let failed;
        git.stdout.on('data', (data) => {
            if (failed)
                return;
            let buffer = pending.length === 0 ? data : Buffer.concat([pending, data]);
            let at = buffer.indexOf(0);
            try {
                while (at !== -1) {
                    if (at > 0)
                        onPath(buffer.subarray(0, at));
                    buffer = buffer.subarray(at + 1);
                    at = buffer.indexOf(0);
                }
            }
            catch (err) {
                failed = err;
                git.kill();
            }
            pending = Buffer.from(buffer);
        });
        git.stderr.on('data', (data) => {
            if (stderr.length < 4096)
                stderr += data.toString('utf8');
        });
        git.on('error', () => resolve(false)); // git is not installed
        git.on('close', (code) => {
            if (failed)
                reject(failed);
            else if (code === 0)
                resolve(true);
            else if (/not a git repository/i.test(stderr))
                resolve(false);
            else
                reject(new Error(`git ls-files failed (exit ${code}): ${stderr.split('\n')[0]}`));
        });
    });
}
/** Whether `dir` is inside a git work tree (false when git is missing). */
function insideGitWorkTree(dir) {
    return new Promise((resolve) => {
        const git = (0,external_node_child_process_.spawn)('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        git.stdout.on('data', (d) => (out += d.toString('utf8')));
        git.on('error', () => resolve(false));
        git.on('close', (code) => resolve(code === 0 && out.trim() === 'true'));
    });
}
/**
 * Which of `paths` (relative to the work tree at `cwd`) git leaves out: untracked and matched by .gitignore. A
 * tracked path is never among them, whatever .gitignore says.
 */
function gitIgnoredAmong(cwd, paths) {
    return new Promise((resolve, reject) => {
        const git = (0,external_node_child_process_.spawn)('git', ['check-ignore', '-z', '--stdin'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        git.stdout.on('data', (d) => out.push(d));
        git.stderr.on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d.toString('utf8');
        });
        git.on('error', reject);
        git.on('close', (code) => {
            // 0: some paths are ignored, 1: none is.
            if (code === 0 || code === 1)
                resolve(new Set(Buffer.concat(out).toString('utf8').split('\0').filter(Boolean)));
            else
                reject(new Error(`git check-ignore failed (exit ${code}): ${stderr.split('\n')[0]}`));
        });
        git.stdin.on('error', () => undefined); // git may exit before it has read every path: its exit code tells
        git.stdin.end(paths.map((p) => `${p}\0`).join(''));
    });
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./src/files/read-regular.ts
var read_regular = __nccwpck_require__(4610);
;// CONCATENATED MODULE: ./src/files/gitignore.ts



// A 100,000-line .gitignore is about 2 MiB. One that cannot be read (a link, a device, larger) adds no rules: its
// folder is then scanned whole, never less.
const MAX_GITIGNORE_BYTES = 8 * 1024 * 1024;
class Layers {
    // A plain field, not a parameter property: scripts/ import this file with Node's type stripping.
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    /** As git decides: the deepest .gitignore with a matching rule wins, so a nested `!app.json` beats a root `*.json`. */
    ignores(relPath, isDir) {
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const { base, verdict } = this.layers[i];
            const sub = base === '' ? relPath : relPath.slice(base.length + 1);
            const said = verdict(isDir ? `${sub}/` : sub);
            if (said)
                return said === 'ignored';
        }
        return false;
    }
    with(layer) {
        return new Layers([...this.layers, layer]);
    }
}
const NO_RULES = new Layers([]);
/** Adds the folder's own .gitignore, if it has one, to the rules inherited from its parents. */
function scopeFor(parent, absDir, relDir, hasGitignore) {
    if (!hasGitignore)
        return parent;
    let text;
    try {
        text = (0,read_regular/* readRegularFileSync */.c)((0,external_node_path_.join)(absDir, '.gitignore'), MAX_GITIGNORE_BYTES);
    }
    catch {
        return parent;
    }
    return parent.with({ base: relDir, verdict: rulesOnly(ignore_default()({ allowRelativePaths: true }).add(text)) });
}
/**
 * `Ignore.ignores` checks every parent folder of a path too, and caches each answer, for callers that test paths in
 * any order: most of a walk's time, and a cache as large as the tree. Walks and change sets here never ask about a
 * path under an ignored folder, so the package's rule list alone decides (its `_rules.test`, what `ignores` runs
 * for the path itself). If a version of the package no longer has it, the public method serves. walk.test.ts
 * compares the result with git's own listing.
 */
function rulesOnly(ig) {
    const rules = ig._rules;
    const test = typeof rules?.test === 'function' ? (path) => rules.test(path, 'regex') : (path) => ig.test(path);
    return (path) => {
        const { ignored, unignored } = test(path);
        return ignored ? 'ignored' : unignored ? 'unignored' : undefined;
    };
}

;// CONCATENATED MODULE: ./src/files/walk.ts





const SKIP_DIR_NAMES = new Set(['.git', '.hg', '.svn']);
/**
 * Lists the regular files under `start` (inside `root`) that ship. In a git work tree git itself lists them (every
 * tracked file, and the untracked ones .gitignore does not leave out); elsewhere this walker honours .gitignore files
 * at every level as git does, pruning ignored folders while descending. Symbolic links are never followed; FIFOs,
 * sockets and devices are never opened. Both are listed as skipped, as are files over the size limit.
 */
async function walk(root, start, options) {
    const startRel = relative(root, start);
    if (await insideGitWorkTree(root)) {
        const listed = await walkGit(root, startRel, options);
        if (listed)
            return sorted(listed);
    }
    const result = emptyResult('walker');
    const rules = inheritedRules(root, startRel);
    if (startRel !== '' && rules.ignores(startRel, true))
        return result;
    walkDir(start, startRel, rules, { options, out: result, startRel });
    return sorted(result);
}
function emptyResult(listedBy) {
    return { files: [], found: 0, skipped: [], ignored: 0, listedBy };
}
function sorted(result) {
    result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
}
/** git's own listing of the work tree at `root`, under `startRel`; undefined when git cannot list it. */
async function walkGit(root, startRel, options) {
    const result = emptyResult('git');
    const walking = { options, out: result, startRel };
    const take = (base, dir) => (raw) => {
        const name = pathOf(raw);
        const rel = name.path.replace(/\/+$/, '');
        const childRel = base === '' ? rel : `${base}/${rel}`;
        const abs = name.valid ? (0,external_node_path_.join)(dir, rel) : Buffer.concat([Buffer.from(dir + external_node_path_.sep), raw]);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                result.skipped.push({ path: childRel, reason: 'in git\'s index but not in the work tree' });
            else
                result.skipped.push({ path: childRel, reason: `could not be read: ${errorCode(err)}` });
            return;
        }
        if (st.isSymbolicLink())
            result.skipped.push({ path: childRel, reason: 'symbolic link (not followed)' });
        else if (st.isFile())
            addFile(abs, childRel, walking, st);
        else if (st.isDirectory())
            nested.push(childRel);
        else
            result.skipped.push({ path: childRel, reason: 'special file (never opened)' });
    };
    // Submodules and nested repositories are listed by git as one folder: their own git lists what they hold.
    const nested = [];
    if (!(await listGitFiles(root, startRel === '' ? '.' : startRel, take('', root))))
        return undefined;
    while (nested.length > 0) {
        const rel = nested.shift();
        const dir = (0,external_node_path_.join)(root, ...rel.split('/'));
        const listed = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')) && (await listGitFiles(dir, '.', take(rel, dir)));
        if (!listed)
            result.skipped.push({ path: rel, reason: 'submodule or nested repository that is not checked out (not scanned)' });
    }
    return result;
}
/** A path as git printed it: the string when it is valid UTF-8, else its bytes shown as \xNN (the file is read by its bytes). */
function pathOf(raw) {
    const text = raw.toString('utf8');
    if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(raw))
        return { path: text, valid: true };
    let shown = '';
    for (const byte of raw)
        shown += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
    return { path: shown, valid: false };
}
function walkDir(abs, rel, parentRules, walking) {
    const { options, out } = walking;
    let entries;
    try {
        entries = typeof abs === 'string' ? (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }) : (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true, encoding: 'buffer' }).map(named);
    }
    catch (err) {
        out.skipped.push({ path: rel || '.', reason: `folder could not be read: ${errorCode(err)}` });
        return;
    }
    // A name that is not valid UTF-8 reads back as U+FFFD and leads nowhere: such a folder is read again by bytes.
    if (typeof abs === 'string' && entries.some((d) => d.name.includes('\uFFFD')))
        return walkDir(Buffer.from(abs), rel, parentRules, walking);
    // .gitignore files are read by name: in a folder reached by its bytes they add no rules, so it is scanned whole.
    const rules = typeof abs === 'string' ? scopeFor(parentRules, abs, rel, entries.some((d) => d.name === '.gitignore' && d.isFile())) : parentRules;
    const prefix = typeof abs === 'string' ? (abs.endsWith(external_node_path_.sep) ? abs : abs + external_node_path_.sep) : Buffer.concat([abs, Buffer.from(external_node_path_.sep)]); // path.join would normalise each child's path again
    for (const d of entries) {
        const raw = d.raw;
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        const childAbs = typeof prefix === 'string' ? prefix + d.name : Buffer.concat([prefix, raw ?? Buffer.from(d.name)]);
        if (d.isDirectory()) {
            if (SKIP_DIR_NAMES.has(d.name) || options.alwaysSkip?.has(childRel))
                continue;
            if (rules.ignores(childRel, true)) {
                out.ignored++;
                continue;
            }
            walkDir(childAbs, childRel, rules, walking);
            continue;
        }
        if (rules.ignores(childRel, false)) {
            out.ignored++;
            continue;
        }
        if (d.isSymbolicLink()) {
            out.skipped.push({ path: childRel, reason: 'symbolic link (not followed)' });
        }
        else if (d.isFile()) {
            addFile(childAbs, childRel, walking);
        }
        else {
            out.skipped.push({ path: childRel, reason: `${specialKind(d)} (never opened)` });
        }
    }
}
function named(d) {
    const raw = d.name;
    return Object.assign(Object.create(d), { name: pathOf(raw).path, raw });
}
/** `known`: the file's stat when the caller already has it (git's listing), so that it is not taken twice. */
function addFile(abs, rel, { options, out, startRel }, known) {
    try {
        const st = known ?? (0,external_node_fs_.lstatSync)(abs);
        if (!st.isFile())
            return;
        const leftOut = options.leaveOut?.get(rel);
        if (leftOut) {
            out.skipped.push({ path: rel, reason: leftOut });
            return;
        }
        if (st.size > options.maxFileSize) {
            out.skipped.push({ path: rel, reason: `larger than max-file-size (${st.size} > ${options.maxFileSize} bytes)` });
            return;
        }
        const file = { path: rel, abs, size: st.size, kind: (0,file_kind/* kindOf */.I)(startRel === '' ? rel : rel.slice(startRel.length + 1)) };
        out.found++;
        if (options.keepFiles !== false)
            out.files.push(file);
        options.onFile?.(file);
    }
    catch (err) {
        out.skipped.push({ path: rel, reason: `could not be read: ${errorCode(err)}` });
    }
}
/**
 * The same result for a given list of workspace-relative paths (a change set), without walking the tree: each
 * path is taken as the walk would take it (inside `start`, not ignored by .gitignore, a regular file within the
 * size limit; links and special files listed as skipped). Deleted paths are left out.
 */
async function listPaths(root, start, paths, options) {
    // In a git work tree git says which paths ship: tracked ones always, untracked ones unless .gitignore leaves them out.
    const ignoredByGit = (await insideGitWorkTree(root)) ? await gitIgnoredAmong(root, paths) : undefined;
    const result = emptyResult(ignoredByGit ? 'git' : 'walker');
    const startRel = relative(root, start);
    const rulesOf = new Map();
    for (const rel of [...new Set(paths)].sort()) {
        if (startRel !== '' && !rel.startsWith(`${startRel}/`))
            continue;
        const parts = rel.split('/');
        if (parts.some((p) => SKIP_DIR_NAMES.has(p) || p === '..' || p === ''))
            continue;
        if (ignoredByGit ? ignoredByGit.has(rel) : ignoredByWalker(root, parts, rulesOf)) {
            result.ignored++;
            continue;
        }
        const abs = (0,external_node_path_.join)(root, ...parts);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            continue;
        }
        if (st.isSymbolicLink())
            result.skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
        else if (st.isFile())
            addFile(abs, rel, { options, out: result, startRel }, st);
        else if (!st.isDirectory())
            result.skipped.push({ path: rel, reason: 'special file (never opened)' });
    }
    return result;
}
/** Whether this walker's .gitignore matcher leaves the path out (itself or one of its folders). */
function ignoredByWalker(root, parts, rulesOf) {
    const dir = parts.slice(0, -1).join('/');
    let rules = rulesOf.get(dir);
    if (!rules)
        rulesOf.set(dir, (rules = inheritedRules(root, dir === '' ? 'x' : `${dir}/x`)));
    return parts.some((_, i) => i < parts.length - 1 && rules.ignores(parts.slice(0, i + 1).join('/'), true)) || rules.ignores(parts.join('/'), false);
}
/** The .gitignore rules of the folders between root and start apply to start too. */
function inheritedRules(root, startRel) {
    let rules = NO_RULES;
    const parts = startRel === '' ? [] : startRel.split('/');
    for (let i = 0; i < parts.length; i++) {
        const rel = parts.slice(0, i).join('/');
        rules = scopeFor(rules, (0,external_node_path_.join)(root, ...parts.slice(0, i)), rel, true);
    }
    return rules;
}
function specialKind(d) {
    if (d.isFIFO())
        return 'FIFO';
    if (d.isSocket())
        return 'socket';
    if (d.isCharacterDevice() || d.isBlockDevice())
        return 'device';
    return 'special file';
}
function errorCode(err) {
    const e = err;
    return e?.code ?? (e instanceof Error ? e.message : String(err));
}
/** Workspace-relative path with `/` separators on every platform. */
function relative(root, abs) {
    return (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   T6: () => (/* binding */ compareLocation),
/* harmony export */   YT: () => (/* binding */ LEVEL_RANK),
/* harmony export */   Z9: () => (/* binding */ placeText),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   vW: () => (/* binding */ messageWithFix)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const LEVELS = ['error', 'warning', 'note'];
const LEVEL_RANK = { error: 3, warning: 2, note: 1 };
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/** The message with the finding's own fix, for the sinks that have one text per finding (SARIF, annotations). */
function messageWithFix(f) {
    return f.help ? `${f.message} Fix: ${f.help}` : f.message;
}
function fingerprint(ruleId, path, key, occurrence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\0${path}\0${key}\0${occurrence}`).digest('hex').slice(0, 32);
}
function compareFindings(a, b) {
    return (LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        compareLocation(a, b) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
/** A file-level finding comes before the findings on the file's lines. */
function compareLocation(a, b) {
    return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
/** `path:line` for a finding on a line, `path` for a file-level one. */
function placeText(f) {
    return f.line === undefined ? f.path : `${f.path}:${f.line}`;
}
function atOrAbove(level, failOn) {
    return failOn !== 'never' && LEVEL_RANK[level] >= LEVEL_RANK[failOn];
}


/***/ }),

/***/ 1243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   Py: () => (/* binding */ repositoryFromRemote),
/* harmony export */   Sp: () => (/* binding */ gitTop),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   sH: () => (/* binding */ originUrl)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(131);




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** The top of the git work tree that holds `dir`, or undefined when it is in none (or git is missing). */
async function gitTop(dir) {
    try {
        const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(stdout.trim());
    }
    catch {
        return undefined;
    }
}
/** Files changed between `ref` and HEAD, relative to the work tree's top; deleted files are left out. */
async function changedSince(top, ref) {
    if (ref.startsWith('-'))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--since: "${ref}" is not a git revision`);
    try {
        const { stdout } = await run('git', ['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', `${ref}`, 'HEAD', '--'], { cwd: top, maxBuffer: 256 * 1024 * 1024 });
        return stdout.split('\0').filter(Boolean);
    }
    catch (err) {
        const detail = String(err.stderr ?? err).split('\n')[0];
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--since: cannot list the files changed since "${ref}": ${detail}`);
    }
}
/** The URL of the `origin` remote of the work tree at `top`, or undefined when there is none. */
async function originUrl(top) {
    try {
        const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd: top });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * OWNER/NAME of a remote URL on `webHost` (https://HOST/o/r.git, git@HOST:o/r.git, ssh://git@HOST/o/r), or undefined
 * for a remote on another host.
 */
function repositoryFromRemote(url, webHost) {
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return sameHost(scp[1], webHost) ? `${scp[2]}/${scp[3]}` : undefined;
    try {
        const u = new URL(url);
        const m = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(u.pathname);
        return m && sameHost(u.host, webHost) ? `${m[1]}/${m[2]}` : undefined;
    }
    catch {
        return undefined;
    }
}
function sameHost(a, b) {
    const bare = (h) => h.toLowerCase().replace(/^www\./, '').replace(/^ssh\./, '').replace(/:(?:22|443)$/, '');
    return bare(a) === bare(b);
}
/**
 * Resolves `ref` (a SHA, tag, branch or refs/... name) to a commit in the work tree at `top`; undefined when git cannot.
 * A bare name is a tag first, then a branch, as git itself resolves it.
 */
async function resolveRef(top, ref) {
    if (ref.startsWith('-'))
        return undefined;
    try {
        const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top });
        const sha = stdout.trim();
        if (!sha)
            return undefined;
        const has = (full) => run('git', ['show-ref', '--verify', '--quiet', full], { cwd: top }).then(() => true, () => false);
        if (!ref.startsWith('refs/heads/')) {
            const tag = ref.replace(/^refs\/tags\//, '');
            if (await has(`refs/tags/${tag}`))
                return { sha, tag };
        }
        if (!ref.startsWith('refs/tags/')) {
            const branch = ref.replace(/^refs\/heads\//, '');
            if (await has(`refs/heads/${branch}`))
                return { sha, branch };
        }
        return { sha };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   R: () => (/* binding */ registerToken)
/* harmony export */ });
/**
 * Keeps tokens out of every message built from an error or an API answer. A server or proxy may quote the request's
 * headers back (the Authorization header among them), so any text that came over the network is redacted before it
 * is shown: the tokens this process sent, whole or without their prefix, and anything shaped like a token.
 */
const sent = new Set();
/** GitHub's token formats (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_) and the credential after an auth scheme. */
const TOKEN_SHAPED = /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,})|\b((?:token|bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi;
const PREFIX = /^(?:gh[pousr]_|github_pat_)/;
const REDACTED = '[redacted]';
/** A token this process sends: every later message is redacted of it. */
function registerToken(token) {
    if (token.length < 8)
        return;
    sent.add(token);
    const bare = token.replace(PREFIX, '');
    if (bare.length >= 8)
        sent.add(bare);
}
function redact(text) {
    let out = text;
    for (const token of sent)
        out = withoutCaseless(out, token);
    return out.replace(TOKEN_SHAPED, (_m, scheme) => `${scheme ?? ''}${REDACTED}`);
}
/** `text` with every occurrence of `token` (ASCII, as tokens are), in any letter case, replaced. */
function withoutCaseless(text, token) {
    // ASCII-only lowering keeps every index in place (full Unicode lowering can change the length).
    const lower = asciiLower(text);
    const needle = asciiLower(token);
    let out = '';
    let from = 0;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
        out += text.slice(from, at) + REDACTED;
        from = at + needle.length;
    }
    return out + text.slice(from);
}
function asciiLower(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}


/***/ }),

/***/ 9623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ REPOSITORY_NAME)
/* harmony export */ });
/** OWNER/NAME as GitHub allows them: the owner letters, digits and hyphens, the name also dots and underscores. */
const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   oG: () => (/* binding */ settingProblem)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_SIZE */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(131);
/* harmony import */ var _config_size_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4089);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2784);
/* harmony import */ var _checks_all_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5021);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1001);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9244);






const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
/**
 * Flags and inputs override the config file, which overrides the defaults. `label` names an option the way the
 * user wrote it (`--fail-on` or `input fail-on`) in error messages.
 */
function resolveOptions(raw, config, label) {
    const given = (v) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
    const settings = {};
    for (const setting of _checks_all_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy) {
        const value = givenSetting(setting, raw[setting.field], label) ?? config[setting.field];
        if (value !== undefined)
            Object.assign(settings, { [setting.field]: value });
    }
    let checks;
    const checksText = given(raw.checks);
    if (checksText) {
        checks = checksText.split(/[\s,]+/).filter(Boolean).map((c) => {
            if (!_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_NAMES */ .cj.includes(c))
                throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('checks')}: unknown check "${c}"${(0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .a)(c, _rules_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_NAMES */ .cj)}`);
            return c;
        });
    }
    else {
        checks = [...(config.checks ?? _rules_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CHECKS */ .UK)];
    }
    for (const check of _checks_all_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKS */ .ui)
        if (check.enabledBy && isGiven(settings[check.enabledBy]))
            checks.push(check.name);
    checks = [...new Set(checks)];
    const failOn = parseFailOn(given(raw.failOn), label('fail-on'));
    const sizeText = given(raw.maxFileSize);
    const size = sizeText ? (0,_config_size_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .D)(sizeText) : undefined;
    if (sizeText && (size === undefined || size <= 0))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label('max-file-size')}: "${sizeText}" is not a size (e.g. 100MiB, 5MB, 1048576)`);
    return {
        ...settings,
        checks,
        failOn: failOn ?? config.failOn ?? 'error',
        maxFileSize: size ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    };
}
/** A setting given as a flag or input, checked; undefined when not given (empty text, no list items). */
function givenSetting(setting, text, label) {
    const values = (typeof text === 'string' ? [text] : (text ?? [])).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0)
        return undefined;
    for (const value of values) {
        const problem = settingProblem(setting, value);
        if (problem)
            throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label(setting.name)}: ${problem}`);
    }
    return setting.list ? values : values[values.length - 1];
}
/** What is wrong with one value of a setting, in words that name the value; undefined when it is fine. */
function settingProblem(setting, value) {
    if (setting.values && !setting.values.includes(value))
        return `unknown value "${value}"${(0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .a)(value, setting.values)}`;
    return setting.problem?.(value);
}
/** The check settings of resolved options, for RunSettings. */
function settingsOf(options) {
    return Object.fromEntries(_checks_all_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .yy.flatMap((s) => (options[s.field] === undefined ? [] : [[s.field, options[s.field]]])));
}
function isGiven(value) {
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
/** A fail-on level as text (a flag or input named `label`), checked; undefined when not given. */
function parseFailOn(text, label) {
    if (text === undefined)
        return undefined;
    if (!_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_VALUES */ .Qm.includes(text))
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${label}: unknown value "${text}"${(0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .a)(text, _findings_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_VALUES */ .Qm)}`);
    return text;
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ howToSilence),
/* harmony export */   FG: () => (/* binding */ levelNote),
/* harmony export */   kV: () => (/* binding */ toCreateNote)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(131);

/** The closing lines of the text and Markdown reports: how to silence one finding, and how to accept them all. `code` formats a command or key. */
function howToSilence(code) {
    return [
        `To silence one finding, with your reason: paste its comment at the end of its line, or its entry under ${code('ignore:')} in ${code(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi)}.`,
        `To accept every current finding (a fork's inherited ones) at once: ${code(`tg-compliance --write-baseline ${_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SUGGESTED_BASELINE_PATH */ .mS} .`)}, then ${code(`baseline: ${_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SUGGESTED_BASELINE_PATH */ .mS}`)} in the config; later runs fail only on new findings.`,
    ];
}
/** The level as a report shows it: with "(level set by config)" when the config's `rules` changed it. */
function levelNote(f) {
    return f.defaultLevel ? ` (level set by config; ${f.defaultLevel} by default)` : '';
}
/** " (file to create)" after the location of a finding anchored at a file that does not exist yet. */
function toCreateNote(f) {
    return f.fileToCreate ? ' (file to create)' : '';
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ jsonChunks),
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/** The JSON report of DESIGN §5 (`result` and `failOn` are added for scripts), or the sweep's merged report. */
function renderJson(report) {
    return [...jsonChunks(report)].join('');
}
/** The lists a report may hold 100,000 entries of: written out one entry at a time. */
const LONG_LISTS = new Set(['findings', 'suppressed']);
/** Characters gathered before a piece is handed to the writer. */
const PIECE_CHARS = 1 << 20;
/**
 * The same text as `JSON.stringify(report, null, 2)` and a line break, in pieces of about 1 MiB: the findings are
 * stringified one by one, so a report of 100,000 findings is never held whole as one string beside its objects.
 */
function* jsonChunks(report) {
    const holes = new Map();
    const outline = JSON.stringify(report, function (key, value) {
        if (this !== report || !LONG_LISTS.has(key) || !Array.isArray(value) || value.length === 0)
            return value;
        holes.set(key, value);
        return `\u0000${key}`;
    }, 2);
    let rest = `${outline}\n`;
    let piece = '';
    for (const [key, list] of holes) {
        const marker = `"\\u0000${key}"`;
        const at = rest.indexOf(marker);
        piece += `${rest.slice(0, at)}[\n`;
        for (let i = 0; i < list.length; i++) {
            piece += `    ${JSON.stringify(list[i], null, 2).replace(/\n/g, '\n    ')}${i < list.length - 1 ? ',' : ''}\n`;
            if (piece.length >= PIECE_CHARS) {
                yield piece;
                piece = '';
            }
        }
        piece += '  ]';
        rest = rest.slice(at + marker.length);
    }
    yield piece + rest;
}


/***/ }),

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _visible_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(776);

/**
 * Untrusted text in the Markdown reports (job summary, check-run summary, PR comment): every character GitHub's
 * Markdown acts on is escaped, so a message quoting a file's line cannot make links, images, emphasis, math,
 * headings, HTML, table cells or autolinks (`:` and `.` escaped break `https://` and `www.`); `&` is escaped so
 * no entity spells a character back; mentions get a zero-width space after the `@` and notify nobody; control
 * characters are written as escapes, so a lone \r cannot end a table row.
 */
function markdownText(text) {
    return (0,_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .x)(text).replace(/[\\`*_[\]()#.!|~$:<>&@]/g, (c) => ESCAPED[c] ?? `\\${c}`);
}
const ESCAPED = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '@&#8203;' };
/**
 * Untrusted text as a code span (file names): fenced by one backtick more than its longest run of backticks, so
 * nothing inside can close it; control characters written as escapes; `|` escaped for table cells (with the
 * backslashes before it doubled, so that none of them escapes the other's pipe instead).
 */
function codeSpan(text) {
    const body = (0,_visible_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleControls */ .x)(text).replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes}\\|`);
    const longest = (body.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A URL as a Markdown link's destination: everything but the plain URL characters percent-encoded (parentheses too). */
function markdownUrl(url) {
    return url.replace(/[^A-Za-z0-9\-._~:/?#&=+,;%@!$'*]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ LEVEL_ICON),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   N$: () => (/* binding */ utf8Size)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1001);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9244);
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7141);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7033);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4424);





const LEVEL_ICON = { error: '🔴', warning: '🟡', note: '🔵' };
/** The Markdown report: heading with the verdict, counts, a table of findings, suppressed ones folded. */
function renderMarkdown(report, options = {}) {
    const maxLength = options.maxLength ?? 1_000_000;
    const { errors, warnings, notes, suppressed } = report.summary;
    const head = [
        `## ${report.result === 'pass' ? '✅' : '❌'} Telegram compliance: ${report.result}`,
        ...(report.result === 'error' ? ['', `Not a pass: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)((0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .failedChecks */ .HH)(report.checks))}.`] : []),
        '',
        ...(options.preface && options.preface.length > 0 ? [...options.preface, ''] : []),
        `**${errors}** errors · **${warnings}** warnings · **${notes}** notes · **${suppressed}** suppressed (fail-on: \`${report.failOn}\`)`,
        '',
    ];
    const perCheck = countsPerCheck(report.findings);
    const checkRows = Object.entries(report.checks).map(([name, c]) => {
        const n = perCheck.get(name) ?? { error: 0, warning: 0, note: 0 };
        const status = c.nothingFound ? `found nothing to check: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(c.nothingFound)}` : `${c.status}${c.reason ? `: ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(c.reason)}` : ''}`;
        return `| ${name} | ${status} | ${n.error} | ${n.warning} | ${n.note} | ${c.files} | ${formatBytes(c.bytes)} | ${c.ms} ms |`;
    });
    const scanned = options.scanned ? [`Scanned: ${options.scanned}.`, ''] : [];
    const checks = [
        '| check | status | errors | warnings | notes | files | bytes | time |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...checkRows,
        '',
        ...scanned,
    ];
    const rows = report.findings.map((f) => {
        const where = (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .placeText */ .Z9)(f));
        const link = f.fileToCreate ? undefined : options.link?.(f);
        const location = `${link ? `[${where}](${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownUrl */ .$x)(link)})` : where}${(0,_hints_js__WEBPACK_IMPORTED_MODULE_4__/* .toCreateNote */ .kV)(f)}`;
        // Only the finding's own fix: each rule's general fix is printed once, under the table.
        const fix = f.help !== undefined ? (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.help) : '';
        const silence = f.silence ? [f.silence.comment, f.silence.entry].filter((s) => s !== undefined).map(_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS).join(' or ') : (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.fingerprint);
        return `| ${LEVEL_ICON[f.level]} ${f.level}${(0,_hints_js__WEBPACK_IMPORTED_MODULE_4__/* .levelNote */ .FG)(f)} | ${location} | \`${f.ruleId}\` | ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.message)} | ${fix} | ${silence} |`;
    });
    const table = rows.length > 0 ? ['| level | location | rule | message | fix | to silence (end-of-line comment, or config entry) |', '| --- | --- | --- | --- | --- | --- |'] : ['No findings.'];
    const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
    // A rule's help is our text, with its links left live.
    const fixes = ruleIds.length > 0 ? ['', '**How to fix**', '', ...ruleIds.map((id) => `- \`${id}\`: ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleById */ .BD)(id)?.help ?? ''}`)] : [];
    const configNotes = report.configNotes?.length ? ['', '**Notes on the configuration**', '', ...report.configNotes.map((n) => `- ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(n)}`)] : [];
    const footer = [...fixes, ...configNotes];
    const ending = rows.length > 0 ? (0,_hints_js__WEBPACK_IMPORTED_MODULE_4__/* .howToSilence */ .F1)((c) => (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(c)).flatMap((l) => [l, '']) : [];
    const suppressedBlock = report.suppressed.length > 0
        ? [
            '',
            `<details><summary>${report.suppressed.length} suppressed</summary>`,
            '',
            '| location | rule | kind | reason |',
            '| --- | --- | --- | --- |',
            ...report.suppressed.map((f) => `| ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .placeText */ .Z9)(f))} | \`${f.ruleId}\` | ${f.suppression.kind} | ${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(f.suppression.reason)} |`),
            '',
            '</details>',
        ]
        : [];
    const skipped = report.skipped.length > 0 ? ['', `${report.skipped.length} files were skipped (the JSON report lists them with reasons).`] : [];
    const tail = [...suppressedBlock, ...skipped, ''];
    return fit({ head: [...head, ...checks], tableHead: table, rows, footer, tail, ending }, maxLength);
}
function countsPerCheck(findings) {
    const out = new Map();
    for (const f of findings) {
        const check = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleById */ .BD)(f.ruleId)?.check ?? 'other';
        const n = out.get(check) ?? { error: 0, warning: 0, note: 0 };
        n[f.level]++;
        out.set(check, n);
    }
    return out;
}
/** Size in UTF-8 bytes: the job summary's limit is in bytes, the comment's in characters, and bytes bound both. */
function utf8Size(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Findings come before the suppressed list: the list keeps its place only when all fits or it is small. */
function fit({ head, tableHead, rows, footer, tail, ending }, maxLength) {
    const tailNote = ['', 'The list of suppressed findings is left out here (size limit): see the JSON or SARIF report.', ''];
    const base = utf8Size([...head, ...tableHead, ...footer, ...ending].join('\n')) + 200;
    const tailSize = utf8Size(tail.join('\n'));
    const rowsSize = rows.reduce((n, r) => n + utf8Size(r) + 1, 0);
    const keepTail = base + tailSize + rowsSize <= maxLength || tailSize <= (maxLength - base) / 4;
    const kept = [];
    let length = base + utf8Size((keepTail ? tail : tailNote).join('\n'));
    for (const row of rows) {
        if (length + utf8Size(row) + 1 > maxLength)
            break;
        kept.push(row);
        length += utf8Size(row) + 1;
    }
    const cut = rows.length - kept.length;
    const note = cut > 0 ? [``, `… and ${cut} more findings not shown here (size limit): see the JSON or SARIF report.`] : [];
    return [...head, ...tableHead, ...kept, ...note, ...footer, ...(keepTail ? tail : tailNote), ...ending].join('\n');
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME)
/* harmony export */ });
/** The tool's name in every report (JSON `tool.name`, SARIF `tool.driver.name`). */
const TOOL_NAME = 'telegram-compliance';


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 error", "2 errors"; "1 repository", "2 repositories" with the plural given. */
function plural(n, word, pluralWord = `${word}s`) {
    return `${n} ${n === 1 ? word : pluralWord}`;
}


/***/ }),

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ COMMIT_ID),
/* harmony export */   M: () => (/* binding */ describeRepository)
/* harmony export */ });
/* harmony import */ var _github_repository_name_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9623);

/** A full commit id (SHA-1, or SHA-256 in a SHA-256 repository). */
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The report's `repository`: only a valid OWNER/NAME, with its web page and the commit scanned when that is a commit id. */
function describeRepository(name, pageUrl, revision) {
    if (!name || !_github_repository_name_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_NAME */ .N.test(name))
        return {};
    return { repository: { name, url: pageUrl, ...(revision && COMMIT_ID.test(revision) ? { revision } : {}) } };
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ sarifTool),
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   ec: () => (/* binding */ sarifLog),
/* harmony export */   nU: () => (/* binding */ sarifRun)
/* harmony export */ });
/* unused harmony export SARIF_MAX_RESULTS */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1001);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9244);


const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'telegramCompliance/v1';
/** GitHub code scanning takes at most this many results per run; the JSON report keeps every finding. */
const SARIF_MAX_RESULTS = 25_000;
/** SARIF 2.1.0 for GitHub code scanning: one run, every rule with help, suppressed findings with `suppressions`. */
function renderSarif(report) {
    return sarifLog([sarifRun(report)]);
}
/** A SARIF log of the given runs. */
function sarifLog(runs) {
    return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs }, null, 2)}\n`;
}
/** The tool as SARIF describes it: name, version and every rule with help. */
function sarifTool(tool) {
    return {
        driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: 'https://github.com/telegram-compliance/telegram-compliance',
            rules: _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.map((r) => ({
                id: r.id,
                name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                shortDescription: { text: r.summary },
                fullDescription: { text: r.summary },
                help: { text: r.help, markdown: r.help },
                defaultConfiguration: { level: r.level },
                properties: { tags: ['telegram', r.check], precision: 'high' },
            })),
        },
    };
}
/** A place in the tree; a whole file (no region) when it has no line. */
function physicalLocation(place) {
    return {
        artifactLocation: { uri: encodeUri(place.path), uriBaseId: '%SRCROOT%' },
        ...(place.line === undefined ? {} : { region: { startLine: Math.max(1, place.line), startColumn: Math.max(1, place.column ?? 1) } }),
    };
}
/** One report as one run; `extra` adds run properties (the sweep's provenance and automation id). */
function sarifRun(report, extra = {}) {
    const ruleIndex = new Map(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.map((r, i) => [r.id, i]));
    const result = (f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: f.level,
        message: { text: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .messageWithFix */ .vW)(f) },
        locations: [{ physicalLocation: physicalLocation(f) }],
        ...(f.related ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r) })) } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: {
            ...(f.silence ? { silenceComment: f.silence.comment, silenceEntry: f.silence.entry } : {}),
            ...(f.fileToCreate ? { fileToCreate: true } : {}),
            ...(f.defaultLevel ? { defaultLevel: f.defaultLevel, levelSetBy: 'config' } : {}),
        },
        ...('suppression' in f
            ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason }] }
            : {}),
    });
    // Findings come sorted errors first, then the suppressed ones: a cut keeps what matters most.
    const all = [...report.findings, ...report.suppressed];
    const left = all.length - SARIF_MAX_RESULTS;
    const cut = left > 0
        ? {
            invocations: [
                {
                    executionSuccessful: true,
                    toolExecutionNotifications: [{ level: 'warning', message: { text: `${left} more results are left out: GitHub code scanning takes at most ${SARIF_MAX_RESULTS} per run. The JSON report (--format json, the report-json output) lists every finding.` } }],
                },
            ],
        }
        : {};
    return {
        tool: sarifTool(report.tool),
        ...cut,
        ...extra,
        originalUriBaseIds: { '%SRCROOT%': { uri: toFileUri(report.root) } },
        results: all.slice(0, SARIF_MAX_RESULTS).map(result),
    };
}
function encodeUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function toFileUri(root) {
    const p = root.replace(/\\/g, '/');
    return `file://${p.startsWith('/') ? '' : '/'}${p.split('/').map(encodeURIComponent).join('/')}/`;
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ visibleControls)
/* harmony export */ });
/**
 * Characters that text from the tree (file names, file lines, archive entry names) must never carry raw into an
 * output: C0 and C1 controls and DEL (line breaks, a lone \r, ANSI escapes), the Unicode line and paragraph
 * separators, and the bidirectional overrides that make a name read differently from what it is.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Writes each such character as an escape (`\n`, `\x1b`, `\u202e`): the text stays on one line, and shows what it holds. */
function visibleControls(text) {
    return text.replace(INVISIBLE, (c) => {
        const code = c.charCodeAt(0);
        return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
    });
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ ruleById),
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   UK: () => (/* binding */ DEFAULT_CHECKS),
/* harmony export */   cj: () => (/* binding */ CHECK_NAMES),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _checks_all_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5021);

const CHECK_NAMES = _checks_all_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .ui.map((c) => c.name);
const DEFAULT_CHECKS = _checks_all_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .ui.filter((c) => c.defaultOn).map((c) => c.name);
const RULES = _checks_all_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECKS */ .ui.flatMap((c) => c.rules.map((r) => ({ ...r, check: c.name })));
const RULE_IDS = RULES.map((r) => r.id);
const byId = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return byId.get(id);
}


/***/ }),

/***/ 3364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RQ: () => (/* binding */ describeEvidence),
  u0: () => (/* binding */ detectUpstreams),
  uL: () => (/* binding */ gplDuty)
});

// EXTERNAL MODULE: ./src/files/read-head.ts
var read_head = __nccwpck_require__(6470);
;// CONCATENATED MODULE: ./src/upstream/catalogue.ts
const UPSTREAMS = [
    {
        id: 'telegram-android',
        name: 'Telegram for Android (DrKLO/Telegram)',
        license: 'GPL-2.0-or-later',
        gpl: true,
        stated: 'GPLv2 text in LICENSE; file headers say "GNU GPL v. 2 or later"',
        paths: [/(?:^|\/)TMessagesProj\//],
        content: [
            { in: /\.(?:java|kt)$/, marker: /^[ \t]*package[ \t]+org\.telegram\.messenger\b/m, label: 'package org.telegram.messenger' },
            { in: /\.(?:java|kt|cpp|c|h)$/, marker: /This is the source code of Telegram for Android/, label: 'the DrKLO file header' },
        ],
    },
    {
        id: 'telegram-desktop',
        name: 'Telegram Desktop (telegramdesktop/tdesktop)',
        license: 'GPL-3.0-or-later WITH OpenSSL-exception',
        gpl: true,
        stated: 'GPL-3.0-or-later with an OpenSSL linking exception in LICENSE',
        paths: [/(?:^|\/)Telegram\/SourceFiles\//],
        content: [
            {
                in: /\.(?:cpp|h|mm|c|cmake|txt)$/,
                marker: /This file is part of Telegram Desktop,\s*(?:\/\/\s*)?the official desktop application for the Telegram messaging service/,
                label: 'the Telegram Desktop file header',
            },
        ],
    },
    {
        id: 'telegram-macos',
        name: 'Telegram macOS (overtake/TelegramSwift)',
        license: 'GPL-2.0-only',
        gpl: true,
        stated: 'README says "GPL version 2.0" with no "or later"',
        paths: [/(?:^|\/)Telegram-Mac\//, /(?:^|\/)packages\/ApiCredentials\//],
    },
    {
        id: 'telegram-x',
        name: 'Telegram X (TGX-Android/Telegram-X)',
        license: 'GPL-3.0-or-later',
        gpl: true,
        stated: 'GPL-3.0-or-later',
        paths: [/(?:^|\/)org\/thunderdog\/challegram\//],
        content: [{ in: /\.(?:java|kt)$/, marker: /^[ \t]*package[ \t]+org\.thunderdog\.challegram\b/m, label: 'package org.thunderdog.challegram' }],
    },
    {
        id: 'telegram-web-k',
        name: 'Telegram Web K (morethanwords/tweb)',
        license: 'GPL-3.0-only',
        gpl: true,
        stated: 'GPL-3.0 with no "or later" found',
        paths: [],
        content: [{ in: /(?:^|\/)src\/config\/app\.ts$/, marker: /tweb|Telegram Web K|morethanwords/i, label: 'tweb src/config/app.ts' }],
    },
    {
        id: 'webogram',
        name: 'Webogram (zhukov/webogram)',
        license: 'GPL-3.0-only',
        gpl: true,
        stated: 'GPL-3.0 with no "or later" found',
        paths: [],
        content: [{ in: /(?:^|\/)app\/js\/lib\/config\.js$/, marker: /webogram|Telegram Web/i, label: 'webogram app/js/lib/config.js' }],
    },
    {
        id: 'unigram',
        name: 'Unigram (UnigramDev/Unigram)',
        license: 'GPL-3.0-only',
        gpl: true,
        stated: 'GPL-3.0 with no "or later" found',
        paths: [/(?:^|\/)Unigram\.sln$/, /(?:^|\/)Telegram\/Telegram\.csproj$/],
    },
    {
        id: 'telegram-web-a',
        name: 'Telegram Web A (Ajaxy/telegram-tt)',
        license: 'GPL-3.0-or-later',
        gpl: true,
        stated: 'GPL-3.0-or-later',
        paths: [],
        content: [{ in: /(?:^|\/)package\.json$/, marker: /"name"\s*:\s*"telegram-t"/, label: 'package.json name "telegram-t"' }],
    },
    {
        id: 'tdlib',
        name: 'TDLib (tdlib/td)',
        license: 'BSL-1.0',
        gpl: false,
        stated: 'Boost Software License 1.0',
        paths: [/(?:^|\/)td\/telegram\//, /(?:^|\/)LICENSE_1_0\.txt$/],
    },
];

;// CONCATENATED MODULE: ./src/upstream/detect.ts


/** "the path Telegram/SourceFiles/app.cpp", or "package org.telegram.messenger in src/X.java". */
function describeEvidence(e) {
    return e.marker.kind === 'path' ? `the path ${e.path}` : `${e.marker.label} in ${e.path}`;
}
const HEAD_BYTES = 4096;
const MAX_CONTENT_READS = 400;
/**
 * Recognises code derived from Telegram's apps by path markers, then by markers in the first bytes of a bounded
 * number of candidate files. One piece of evidence per upstream, the first in path order.
 */
async function detectUpstreams(tree) {
    const found = new Map();
    for (const file of tree) {
        for (const u of UPSTREAMS) {
            if (found.has(u.id))
                continue;
            const m = u.paths.find((re) => re.test(file.path));
            if (m)
                found.set(u.id, { upstream: u, path: file.path, marker: { kind: 'path' } });
        }
    }
    let reads = 0;
    for (const file of tree) {
        if (reads >= MAX_CONTENT_READS)
            break;
        const wanted = UPSTREAMS.filter((u) => !found.has(u.id) && u.content?.some((c) => c.in.test(file.path)));
        if (wanted.length === 0)
            continue;
        reads++;
        const head = (0,read_head/* readHead */.z)(file.abs, HEAD_BYTES) ?? '';
        for (const u of wanted) {
            const c = u.content.find((x) => x.in.test(file.path) && x.marker.test(head));
            if (c)
                found.set(u.id, { upstream: u, path: file.path, marker: { kind: 'content', label: c.label } });
        }
    }
    return UPSTREAMS.flatMap((u) => (found.has(u.id) ? [found.get(u.id)] : []));
}
function gplDuty(requireGpl, evidence) {
    if (requireGpl === 'true')
        return { duty: true, reason: 'require-gpl is true', evidence };
    if (requireGpl === 'false')
        return { duty: false, reason: 'require-gpl is false', evidence };
    const gpl = evidence.filter((e) => e.upstream.gpl);
    if (gpl.length === 0) {
        return { duty: false, reason: evidence.length > 0 ? `only non-GPL upstreams found (${evidence.map((e) => e.upstream.name).join(', ')})` : 'no code derived from a GPL Telegram app found', evidence };
    }
    return { duty: true, reason: gpl.map((e) => `${e.upstream.name}: ${describeEvidence(e)}`).join('; '), evidence };
}


/***/ }),

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ gplDutyOnce),
/* harmony export */   a: () => (/* binding */ describeDuty)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3364);


const LICENSE_RULES = ['license-missing', 'license-not-gpl', 'license-incompatible', 'license-mismatch', 'license-unrecognized'];
/**
 * The GPL duty of a run, decided once (on first use) for the license and publication checks alike: from the
 * require-gpl setting and the upstream code found in the tree, leaving out the files the config's `ignore` paths
 * exclude from every rule or from a license rule (test fixtures, vendored samples): they would put a project under a
 * duty its own code does not bring.
 */
function gplDutyOnce(requireGpl, tree, entries) {
    let decided;
    return () => (decided ??= (0,_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .detectUpstreams */ .u0)(notIgnored(tree, entries)).then((evidence) => (0,_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .gplDuty */ .uL)(requireGpl, evidence)));
}
function notIgnored(tree, entries) {
    const patterns = entries.filter((e) => e.paths && !e.fingerprint && (!e.rules || e.rules.some((r) => LICENSE_RULES.includes(r)))).flatMap((e) => e.paths);
    if (patterns.length === 0)
        return tree;
    const ig = ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(patterns);
    return tree.filter((f) => !ig.ignores(f.path));
}
/** Why there is a duty or not, naming each GPL upstream with the file and marker that showed it: the one wording. */
function describeDuty(duty) {
    const gpl = duty.evidence.filter((e) => e.upstream.gpl);
    const derived = gpl.map((e) => `${e.upstream.name} (${(0,_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEvidence */ .RQ)(e)})`).join(', ');
    if (duty.duty)
        return `GPL required: ${gpl.length && !duty.reason.startsWith('require-gpl') ? `code derived from ${derived}` : `${duty.reason}${derived ? `; code derived from ${derived}` : ''}`}`;
    return `no GPL duty: ${duty.reason}${derived ? `; code derived from ${derived} is disregarded` : ''}`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/files/inside.ts
var inside = __nccwpck_require__(2019);
// EXTERNAL MODULE: ./src/files/read-regular.ts
var read_regular = __nccwpck_require__(4610);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/rules.ts
var src_rules = __nccwpck_require__(9244);
// EXTERNAL MODULE: ./src/checks/all.ts + 7 modules
var checks_all = __nccwpck_require__(5021);
// EXTERNAL MODULE: ./src/options.ts
var src_options = __nccwpck_require__(8381);
// EXTERNAL MODULE: ./src/config/keys.ts
var keys = __nccwpck_require__(1440);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(131);
// EXTERNAL MODULE: ./src/config/glob-check.ts
var glob_check = __nccwpck_require__(3455);
// EXTERNAL MODULE: ./src/config/size.ts
var config_size = __nccwpck_require__(4089);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(2784);
;// CONCATENATED MODULE: ./src/config/load.ts














/** Larger than any real configuration; a file over it is refused unread. */
const CONFIG_MAX_BYTES = 1024 * 1024;
/**
 * Reads the configuration: `explicit` (relative to the current folder) must exist; otherwise the default file
 * under the workspace root is read when present. One rule for both: never read through a symbolic link, never
 * more than CONFIG_MAX_BYTES, and a file that comes with the tree must really be inside it. Every problem is a
 * UsageError naming file, line and column; the file's contents are quoted only once it is known to be the file meant.
 */
async function loadConfig(root, explicit, options = {}) {
    const file = explicit ? (0,external_node_path_.resolve)(explicit) : (0,external_node_path_.resolve)(root, schema/* DEFAULT_CONFIG_PATH */.Bi);
    const label = options.label ?? explicit ?? schema/* DEFAULT_CONFIG_PATH */.Bi;
    const optional = !explicit;
    let folder = (0,external_node_path_.dirname)(file);
    if (options.confine || !explicit) {
        try {
            folder = await (0,promises_.realpath)(folder);
        }
        catch (err) {
            const code = err.code;
            if (optional && code === 'ENOENT')
                return schema/* EMPTY_CONFIG */.$v;
            throw new schema/* UsageError */.eb(`${label}: cannot read the configuration file (${code ?? String(err)})`);
        }
        if (!(0,inside/* isInside */.F)(await (0,promises_.realpath)(root), folder))
            throw new schema/* UsageError */.eb(`${label} leads outside the workspace (through a symbolic link)`);
    }
    const read = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(file));
    let text;
    try {
        text = (0,read_regular/* readRegularFileSync */.c)(read, CONFIG_MAX_BYTES);
    }
    catch (err) {
        const code = err.code;
        if (optional && code === 'ENOENT')
            return schema/* EMPTY_CONFIG */.$v;
        if (code === 'ELOOP')
            throw new schema/* UsageError */.eb(`${label} is a symbolic link: configuration files are never read through links`);
        throw new schema/* UsageError */.eb(`${label}: cannot read the configuration file (${code ?? err.message})`);
    }
    return { ...parseConfig(text, options.name ?? (explicit && (0,external_node_path_.isAbsolute)(explicit) ? explicit : (explicit ?? schema/* DEFAULT_CONFIG_PATH */.Bi))), file: read };
}
function parseConfig(text, name) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const where = (node) => {
        const offset = node?.range?.[0] ?? node?.key?.range?.[0] ?? 0;
        const { line, col } = lineCounter.linePos(offset);
        return `${name}:${line}:${col}`;
    };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0];
        throw new schema/* UsageError */.eb(`${name}:${pos?.line ?? 1}:${pos?.col ?? 1}: invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const config = { source: name, credentials: { extra: [] }, ignore: [] };
    if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new schema/* UsageError */.eb(`${where(doc.contents)}: the configuration must be a mapping of keys (${keys/* CONFIG_KEYS */.m.join(', ')})`);
    for (const pair of doc.contents.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        const value = pair.value;
        const at = where(pair);
        const fail = (msg, node = value) => {
            throw new schema/* UsageError */.eb(`${node ? where(node) : at}: ${msg}`);
        };
        const plain = () => (value && 'toJSON' in value ? value.toJSON() : value);
        const setting = checks_all/* SETTINGS */.yy.find((s) => s.name === key);
        if (setting) {
            Object.assign(config, { [setting.field]: settingValue(setting, value, fail) });
            continue;
        }
        switch (key) {
            case 'checks':
                config.checks = stringList(value, 'checks', fail).map((c) => oneOf(c, src_rules/* CHECK_NAMES */.cj, 'check', fail));
                break;
            case 'fail-on':
                config.failOn = oneOf(String(plain()), src_findings/* FAIL_ON_VALUES */.Qm, 'fail-on value', fail);
                break;
            case 'max-file-size': {
                const size = (0,config_size/* parseSize */.D)(String(plain()));
                if (size === undefined || size <= 0)
                    fail(`max-file-size "${String(plain())}" is not a size (e.g. 100MiB, 5MB, 1048576)`);
                config.maxFileSize = size;
                break;
            }
            case 'baseline':
                if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string' || value.value.trim() === '')
                    fail('baseline must be the path of a baseline file (relative to the workspace root)');
                config.baseline = String(plain()).trim();
                if ((0,external_node_path_.isAbsolute)(config.baseline) || /^[A-Za-z]:/.test(config.baseline) || config.baseline.split(/[\\/]/).includes('..'))
                    fail(`baseline "${config.baseline}" must be relative to the workspace root, without ".."`);
                break;
            case 'rules':
                config.rules = ruleLevels(value, fail);
                break;
            case 'credentials':
                config.credentials = { extra: extraCredentials(value, fail, where) };
                break;
            case 'ignore':
                config.ignore = ignoreEntries(value, fail, where);
                break;
            default:
                fail(`unknown key "${key}"${(0,suggest/* didYouMean */.a)(key, keys/* CONFIG_KEYS */.m)}`, pair);
        }
    }
    return config;
}
/** A check's setting: one string, or a list of them; each value checked as the flag and the input are. */
function settingValue(setting, value, fail) {
    const check = (text, node) => {
        const problem = (0,src_options/* settingProblem */.oG)(setting, text);
        if (problem)
            fail(setting.values ? `${setting.name}: ${problem}` : problem, node);
        return text;
    };
    if (setting.list)
        return stringList(value, setting.name, fail).map((text, i) => check(text, (0,dist/* isSeq */.oP)(value) ? value.items[i] : value));
    if (!(0,dist/* isScalar */.jn)(value) || (typeof value.value !== 'string' && typeof value.value !== 'number' && typeof value.value !== 'boolean')) {
        return fail(`${setting.name} must be one value (${setting.metavar})`);
    }
    return check(String(value.value).trim(), value);
}
function ruleLevels(value, fail) {
    if (!(0,dist/* isMap */.jh)(value))
        return fail(`rules must be a mapping of rule id to level (${schema/* RULE_LEVELS */.D2.join(', ')})`);
    const out = {};
    for (const pair of value.items) {
        const rule = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        if (!src_rules/* RULE_IDS */.Iu.includes(rule))
            fail(`unknown rule id "${rule}"${(0,suggest/* didYouMean */.a)(rule, src_rules/* RULE_IDS */.Iu)}`, pair);
        const level = (0,dist/* isScalar */.jn)(pair.value) ? String(pair.value.value) : '';
        out[rule] = oneOf(level, schema/* RULE_LEVELS */.D2, `level for rule ${rule}`, (msg) => fail(msg, pair));
    }
    return out;
}
function oneOf(value, allowed, what, fail) {
    if (!allowed.includes(value))
        fail(`unknown ${what} "${value}"${(0,suggest/* didYouMean */.a)(value, allowed)}`);
    return value;
}
function stringList(value, key, fail) {
    if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
        return value.value.split(/[\s,]+/).filter(Boolean);
    if (!(0,dist/* isSeq */.oP)(value))
        return fail(`${key} must be a list`);
    return value.items.map((item) => {
        if (!(0,dist/* isScalar */.jn)(item) || (typeof item.value !== 'string' && typeof item.value !== 'number'))
            return fail(`${key} entries must be strings`, item);
        return String(item.value);
    });
}
function extraCredentials(value, fail, where) {
    if (!(0,dist/* isMap */.jh)(value))
        return fail('credentials must be a mapping with the key "extra"');
    const out = [];
    for (const pair of value.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
        if (key !== 'extra')
            fail(`unknown key "credentials.${key}"${(0,suggest/* didYouMean */.a)(key, ['extra'])}`, pair);
        if (!(0,dist/* isSeq */.oP)(pair.value))
            fail('credentials.extra must be a list of { api_id, api_hash, origin }', pair);
        for (const item of pair.value.items) {
            if (!(0,dist/* isMap */.jh)(item))
                fail('each credentials.extra entry must be a mapping { api_id, api_hash, origin }', item);
            const entry = item.toJSON();
            for (const k of Object.keys(entry)) {
                if (!['api_id', 'api_hash', 'origin'].includes(k))
                    throw new schema/* UsageError */.eb(`${where(item)}: unknown key "${k}"${(0,suggest/* didYouMean */.a)(k, ['api_id', 'api_hash', 'origin'])}`);
            }
            const apiId = entry.api_id === undefined ? undefined : Number(entry.api_id);
            const apiHash = entry.api_hash === undefined ? undefined : String(entry.api_hash);
            if (apiId !== undefined && !(Number.isInteger(apiId) && apiId > 0))
                throw new schema/* UsageError */.eb(`${where(item)}: api_id must be a positive whole number`);
            if (apiHash !== undefined && !/^[0-9a-fA-F]{32}$/.test(apiHash))
                throw new schema/* UsageError */.eb(`${where(item)}: api_hash must be 32 hexadecimal digits`);
            if (apiId === undefined && apiHash === undefined)
                throw new schema/* UsageError */.eb(`${where(item)}: give api_id, api_hash or both`);
            out.push({ apiId, apiHash: apiHash?.toLowerCase(), origin: entry.origin ? String(entry.origin) : 'your configuration (credentials.extra)' });
        }
    }
    return out;
}
function ignoreEntries(value, fail, where) {
    if (!(0,dist/* isSeq */.oP)(value))
        return fail('ignore must be a list of { paths, rules, reason } or { fingerprint, reason }');
    return value.items.map((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            return fail('each ignore entry must be a mapping', item);
        const raw = item.toJSON();
        const at = where(item);
        for (const k of Object.keys(raw)) {
            if (!['paths', 'rules', 'fingerprint', 'reason'].includes(k))
                throw new schema/* UsageError */.eb(`${at}: unknown key "${k}"${(0,suggest/* didYouMean */.a)(k, ['paths', 'rules', 'fingerprint', 'reason'])}`);
        }
        const list = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : undefined);
        const entry = { reason: typeof raw.reason === 'string' ? raw.reason.trim() : '', at };
        if (!entry.reason)
            throw new schema/* UsageError */.eb(`${at}: every ignore entry needs a reason`);
        if (raw.paths !== undefined)
            entry.paths = list(raw.paths);
        if (raw.rules !== undefined)
            entry.rules = list(raw.rules);
        if (raw.fingerprint !== undefined)
            entry.fingerprint = String(raw.fingerprint);
        if (!entry.paths && !entry.fingerprint)
            throw new schema/* UsageError */.eb(`${at}: an ignore entry needs paths or a fingerprint`);
        for (const rule of entry.rules ?? []) {
            if (!src_rules/* RULE_IDS */.Iu.includes(rule))
                throw new schema/* UsageError */.eb(`${at}: unknown rule id "${rule}"${(0,suggest/* didYouMean */.a)(rule, src_rules/* RULE_IDS */.Iu)}`);
        }
        for (const p of entry.paths ?? []) {
            const problem = (0,glob_check/* globProblem */.AI)(p);
            if (problem)
                throw new schema/* UsageError */.eb(`${at}: ignore path "${p}": ${problem}`);
            if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..'))
                throw new schema/* UsageError */.eb(`${at}: ignore path "${p}" must be relative to the workspace root, without ".."`);
        }
        return entry;
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/files/write-report.ts





/**
 * Writes a report without ever writing through a symbolic link: the parent folder is resolved to its real path
 * (and, for the action, must stay inside the allowed folders) before any folder is made; an existing link at the
 * name is refused; the file is opened with O_NOFOLLOW, or created with O_EXCL where the platform has no O_NOFOLLOW,
 * so a link that appears in between is not followed either. Returns the real path written.
 */
async function writeReportFile(path, text, options) {
    const fail = (what) => new schema/* UsageError */.eb(`${options.label} ${what}`);
    const folder = await realFolder((0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)), options, fail);
    const target = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(path));
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    if (existing?.isSymbolicLink())
        throw fail('is a symbolic link: reports are never written through links');
    if (existing && options.inside && !existing.isFile())
        throw fail('is not a regular file');
    const noFollow = options.noFollow ?? external_node_fs_.constants.O_NOFOLLOW ?? 0;
    let flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | noFollow;
    if (!noFollow) {
        if (existing?.isFile())
            await (0,promises_.unlink)(target);
        flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL;
    }
    const handle = await (0,promises_.open)(target, flags, 0o666).catch((err) => {
        if (err.code === 'ELOOP')
            throw fail('is a symbolic link: reports are never written through links');
        if (err.code === 'EEXIST')
            throw fail('appeared while being written, or cannot be replaced: refused');
        throw fail(`cannot be written (${err.code ?? err.message})`);
    });
    try {
        for (const chunk of typeof text === 'string' ? stringChunks(text) : text)
            await handle.write(chunk, null, 'utf8');
    }
    catch (err) {
        throw fail(`cannot be written (${err.code ?? err.message})`);
    }
    finally {
        await handle.close().catch(() => undefined);
    }
    return target;
}
/** Characters encoded at a time: a long report is never copied into one buffer as large as itself. */
const CHUNK_CHARS = 1 << 20;
/** The text in pieces of CHUNK_CHARS, never split between the two halves of a surrogate pair (each alone would be U+FFFD). */
function* stringChunks(text) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + CHUNK_CHARS, text.length);
        if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]))
            end--;
        yield text.slice(start, end);
        start = end;
    }
}
/** The folder's real path, made if missing: resolved from its deepest existing ancestor, so no folder is made through a link that leads out. */
async function realFolder(folder, options, fail) {
    const missing = [];
    let existing = folder;
    while (!(await (0,promises_.lstat)(existing).then(() => true, () => false))) {
        if ((0,external_node_path_.dirname)(existing) === existing)
            break;
        missing.unshift((0,external_node_path_.basename)(existing));
        existing = (0,external_node_path_.dirname)(existing);
    }
    const check = (real) => {
        if (options.inside && !(0,inside/* insideAny */.l)(options.inside.folders, real))
            throw fail(`leads outside ${options.inside.where} (through a symbolic link)`);
        return real;
    };
    const real = (0,external_node_path_.join)(check(await (0,promises_.realpath)(existing).catch(() => { throw fail('has a folder that cannot be resolved (a dangling symbolic link?)'); })), ...missing);
    await (0,promises_.mkdir)(real, { recursive: true }).catch((err) => {
        throw fail(`cannot be written: its folder cannot be made (${err.code ?? err.message})`);
    });
    return check(await (0,promises_.realpath)(real));
}

// EXTERNAL MODULE: ./src/report/visible.ts
var visible = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/baseline.ts








/**
 * Writes the findings as `ignore` entries (fingerprint, rule, reason "baseline") into a YAML file, so an existing
 * fork fails only on new findings. An existing file is edited in place: the new entries are spliced in at the
 * positions the yaml document gives, so every byte of the user's text (comments, flow style, quoting) stays as
 * it was. Findings whose rule depends on the run's environment are left out: they would stop matching later.
 */
async function writeBaseline(file, findings) {
    let text = '';
    try {
        text = (0,read_regular/* readRegularFileSync */.c)(file, CONFIG_MAX_BYTES);
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT')
            throw new schema/* UsageError */.eb(`--write-baseline: cannot read ${file} (${code === 'ELOOP' ? 'a symbolic link: never followed' : (code ?? err.message)})`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        throw new schema/* UsageError */.eb(`--write-baseline: ${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents) && !((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null)) {
        throw new schema/* UsageError */.eb(`--write-baseline: ${file} is not a mapping of configuration keys`);
    }
    const list = doc.get('ignore', true);
    if (list !== undefined && !(0,dist/* isSeq */.oP)(list) && !((0,dist/* isScalar */.jn)(list) && list.value === null))
        throw new schema/* UsageError */.eb(`--write-baseline: ${file}: "ignore" is not a list`);
    const existing = new Set((0,dist/* isSeq */.oP)(list) ? list.toJSON().map((e) => e?.fingerprint) : []);
    const entries = [];
    let leftOut = 0;
    for (const f of findings) {
        if ((0,src_rules/* ruleById */.BD)(f.ruleId)?.environmental) {
            leftOut++;
            continue;
        }
        if (existing.has(f.fingerprint))
            continue;
        existing.add(f.fingerprint);
        entries.push({ fingerprint: f.fingerprint, item: `{ fingerprint: ${f.fingerprint}, rules: [${f.ruleId}], reason: baseline }`, comment: `${f.ruleId} ${(0,visible/* visibleControls */.x)((0,src_findings/* placeText */.Z9)(f))}` });
    }
    if (entries.length > 0) {
        const updated = spliceEntries(text, doc, (0,dist/* isSeq */.oP)(list) ? list : undefined, entries);
        const written = (0,dist/* parseDocument */.Tp)(updated);
        const listed = new Set((0,dist/* isSeq */.oP)(written.get('ignore', true)) ? written.toJS().ignore.map((e) => e?.fingerprint) : []);
        if (written.errors.length > 0 || entries.some((e) => !listed.has(e.fingerprint))) {
            throw new schema/* UsageError */.eb(`--write-baseline: cannot add entries to ${file} without rewriting its layout; write the baseline to a file of its own`);
        }
        await writeReportFile(file, updated, { label: `--write-baseline: "${file}"` });
    }
    return { added: entries.length, leftOut };
}
function spliceEntries(text, doc, list, entries) {
    const block = (indent) => entries.map((e) => `${indent}- ${e.item}  # ${e.comment}`).join('\n');
    if (list?.flow && list.range) {
        // Before the closing bracket of `ignore: [ … ]`: one entry per line, the list stays a flow list.
        const close = text.lastIndexOf(']', list.range[1]);
        const items = entries.map((e) => `  ${e.item}, # ${e.comment}`).join('\n');
        const separator = list.items.length > 0 && !text.slice(0, close).trimEnd().endsWith(',') ? ',' : '';
        return `${text.slice(0, close)}${separator}\n${items}\n${text.slice(close)}`;
    }
    if (list?.range && list.items.length > 0) {
        const start = list.range[0];
        const indent = ' '.repeat(start - (text.lastIndexOf('\n', start - 1) + 1));
        // After the line where the list's last item ends.
        const lastEnd = list.items.at(-1).range?.[1] ?? list.range[1];
        const lineEnd = text.indexOf('\n', Math.max(lastEnd - 1, 0));
        const at = lineEnd === -1 ? text.length : lineEnd;
        return `${text.slice(0, at)}\n${block(indent)}${text.slice(at)}`;
    }
    if (list !== undefined) {
        // `ignore:` with nothing after it (or `ignore: []`): the entries go right under the key.
        const pair = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'ignore') : undefined;
        const keyStart = pair?.key?.range?.[0] ?? 0;
        const lineEnd = text.indexOf('\n', keyStart);
        const head = text.slice(0, lineEnd === -1 ? text.length : lineEnd).replace(/\[\s*\]\s*$/, '').trimEnd();
        return `${head}\n${block('  ')}${lineEnd === -1 ? '\n' : text.slice(lineEnd)}`;
    }
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return `${text}${sep}ignore:\n${block('  ')}\n`;
}

// EXTERNAL MODULE: ./src/checks/credentials/catalogue.ts
var catalogue = __nccwpck_require__(7817);
;// CONCATENATED MODULE: ./src/config/baseline-file.ts




/** The config's own `baseline` key, relative to the workspace root. */
function configuredBaseline(root, config) {
    if (config.baseline === undefined)
        return undefined;
    return { name: config.baseline, file: (0,external_node_path_.resolve)(root, config.baseline), label: `config baseline "${config.baseline}"`, confine: true };
}
/**
 * Reads a baseline file (`ignore` entries written by --write-baseline) beside the config: its entries suppress as
 * kind `baseline`. The file is read under the config's rules (no links, capped, confined when it comes with the
 * tree); a file that does not exist yet is a note, so the run that writes it can already name it.
 */
async function withBaseline(root, config, source) {
    if (source === undefined)
        return { config, notes: [] };
    const missing = await (0,promises_.lstat)(source.file).then(() => false, (err) => err.code === 'ENOENT');
    if (missing)
        return { config, notes: [`${source.name}: the baseline file does not exist yet (write it with --write-baseline ${source.name})`] };
    const baseline = await loadConfig(root, source.file, { confine: source.confine, label: source.label, name: source.name });
    const other = Object.entries(baseline).filter(([key, value]) => !['source', 'file', 'ignore', 'credentials'].includes(key) && value !== undefined).map(([key]) => key);
    if (baseline.credentials.extra.length > 0)
        other.push('credentials');
    if (other.length > 0)
        throw new schema/* UsageError */.eb(`${source.name}: a baseline file holds only "ignore" entries (it also has ${other.map((k) => `"${k}"`).join(', ')}: those belong in the config)`);
    const entries = baseline.ignore.map((e) => ({ ...e, fromBaseline: true }));
    return { config: { ...config, ignore: [...config.ignore, ...entries] }, notes: [] };
}

// EXTERNAL MODULE: ./src/decision.ts
var decision = __nccwpck_require__(7033);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/files/skipped.ts
/**
 * One entry per path, sorted by path. A file left out once keeps its reason as it is; a file left out by several
 * checks (or by the walk and a check) gets each distinct reason once, with the checks that gave it.
 */
function mergeSkipped(notes) {
    const byPath = new Map();
    const count = new Map();
    for (const n of notes) {
        count.set(n.path, (count.get(n.path) ?? 0) + 1);
        const reasons = byPath.get(n.path) ?? new Map();
        byPath.set(n.path, reasons);
        const by = reasons.get(n.reason) ?? new Set();
        reasons.set(n.reason, by);
        if (n.by)
            by.add(n.by);
    }
    const out = [];
    for (const [path, reasons] of byPath) {
        const reason = count.get(path) === 1
            ? [...reasons.keys()][0]
            : [...reasons].map(([text, by]) => (by.size > 0 ? `${text} (${[...by].join(', ')})` : text)).join('; ');
        out.push({ path, reason });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./src/github/redact.ts
var redact = __nccwpck_require__(8478);
// EXTERNAL MODULE: ./src/files/walk.ts + 2 modules
var walk = __nccwpck_require__(767);
;// CONCATENATED MODULE: ./src/pipeline/entry-notes.ts

const FINGERPRINT = /^[0-9a-f]{32}$/;
/**
 * Notes on fingerprint entries of `ignore` (config or baseline) that can match nothing: a malformed fingerprint,
 * or, on a full scan whose checks ran, one no finding matches any more (so a baseline shrinks as the code improves).
 * Each note names the entry by file, line and column.
 */
function ignoreEntryNotes(entries, matched, coverage) {
    const notes = [];
    for (const entry of entries) {
        if (entry.fingerprint === undefined || matched.has(entry))
            continue;
        const name = `${entry.at ?? 'ignore entry'}: ${entry.fromBaseline ? 'baseline' : 'ignore'} entry "${entry.fingerprint}"`;
        if (!FINGERPRINT.test(entry.fingerprint)) {
            notes.push(`${name} is not a fingerprint (32 lowercase hexadecimal digits): it matches nothing; copy the fingerprint from a report`);
            continue;
        }
        const checked = entry.rules ? entry.rules.every((r) => coverage.ran.has((0,src_rules/* ruleById */.BD)(r)?.check ?? '')) : coverage.allRan;
        if (coverage.full && checked)
            notes.push(`${name}${entry.rules ? ` (${entry.rules.join(', ')})` : ''} matched no finding in this run: the finding is gone, remove the entry`);
    }
    return notes;
}

// EXTERNAL MODULE: ./src/files/read-text.ts + 1 modules
var read_text = __nccwpck_require__(5718);
;// CONCATENATED MODULE: ./src/pipeline/line-text.ts



// A file larger than this is not read again: its findings get no inline suppression comment, only an ignore entry.
const MAX_REREAD_BYTES = 16 * 1024 * 1024;
/**
 * The text of each finding's line and the line before, which inline suppression reads, for the findings whose check
 * did not keep them: every file with such findings is read once more. A file-level finding, a file to create and a
 * place inside an artifact have no line of their own.
 */
function withLineText(raw, root) {
    const wanted = new Map();
    for (const f of raw) {
        if (!needsLineText(f))
            continue;
        const lines = wanted.get(f.path) ?? new Set();
        lines.add(f.line).add(f.line - 1);
        wanted.set(f.path, lines);
    }
    const found = new Map();
    for (const [path, lines] of wanted)
        found.set(path, linesOf((0,external_node_path_.join)(root, ...path.split('/')), lines));
    return raw.map((f) => {
        if (!needsLineText(f))
            return f;
        const lines = found.get(f.path);
        const lineText = lines.get(f.line);
        return lineText === undefined ? f : { ...f, lineText, previousLineText: lines.get(f.line - 1) };
    });
}
function needsLineText(f) {
    return f.line !== undefined && f.lineText === undefined && !f.fileToCreate && f.shipsIn === undefined;
}
/** The given lines of a text file (1-based); none when it is gone, not a regular file, binary or too large. */
function linesOf(abs, wanted) {
    const out = new Map();
    try {
        const stat = (0,external_node_fs_.lstatSync)(abs);
        if (!stat.isFile() || stat.size > MAX_REREAD_BYTES)
            return out;
        const whole = (0,read_text/* readWholeText */.bC)(abs, stat.size);
        if (whole.binary)
            return out;
        whole.text.split(/\r\n|\r|\n/).forEach((text, i) => {
            if (wanted.has(i + 1))
                out.set(i + 1, text);
        });
    }
    catch {
        // Read by a check moments ago; if it cannot be read now, its findings simply get no inline comment.
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/pipeline/config-suppression.ts

/** The `ignore` entries of the config and the baseline: path patterns (gitignore syntax), optionally for some rules, and fingerprints. */
function configSuppressor(entries) {
    const compiled = entries.map((e) => ({ entry: e, paths: e.paths ? ignore_default()().add(e.paths) : undefined }));
    const matched = new Set();
    return {
        matched,
        match(f) {
            for (const { entry, paths } of compiled) {
                if (entry.rules && !entry.rules.includes(f.ruleId))
                    continue;
                if (entry.fingerprint && entry.fingerprint !== f.fingerprint)
                    continue;
                if (paths && !paths.ignores(f.path))
                    continue;
                matched.add(entry);
                const baseline = entry.fromBaseline || (entry.reason === 'baseline' && entry.fingerprint !== undefined);
                return { kind: baseline ? 'baseline' : 'config', reason: entry.reason };
            }
            return undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/fingerprints.ts

/**
 * Gives each finding its fingerprint: rule, path, matched content and the occurrence number of that content in
 * the file. Lines can move without changing it; two equal matches in one file stay apart.
 */
function addFingerprints(findings) {
    const ordered = [...findings].sort(src_findings/* compareLocation */.T6);
    const seen = new Map();
    return ordered.map((f) => {
        const id = `${f.ruleId}\0${f.path}\0${f.key}`;
        const occurrence = (seen.get(id) ?? 0) + 1;
        seen.set(id, occurrence);
        return { ...f, fingerprint: (0,src_findings/* fingerprint */.Rj)(f.ruleId, f.path, f.key, occurrence) };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/inline-suppression.ts
const DIRECTIVE = /tg-compliance:(allow-next-line|allow)\b([^\n]*)/;
/**
 * `tg-compliance:allow [rule-id ...] [-- reason]` on the finding's line, or `tg-compliance:allow-next-line ...` on
 * the line before. Without rule ids it covers every rule.
 */
function inlineSuppression(ruleId, lineText, previousLineText) {
    return match(ruleId, lineText, 'allow') ?? match(ruleId, previousLineText, 'allow-next-line');
}
function match(ruleId, text, kind) {
    if (!text)
        return undefined;
    const m = DIRECTIVE.exec(text);
    if (!m || m[1] !== kind)
        return undefined;
    const [spec, ...reasonParts] = m[2].split('--');
    const rules = spec.split(/[\s,]+/).filter((w) => /^[a-z][a-z-]+$/.test(w));
    if (rules.length > 0 && !rules.includes(ruleId))
        return undefined;
    const reason = reasonParts.join('--').trimEnd().replace(/(?:\*\/|-->|#>)$/, '').trim();
    return { reason: reason || 'inline allow comment' };
}

;// CONCATENATED MODULE: ./src/pipeline/link-shipped.ts

const LISTED = 3;
/**
 * Links the findings of one catalogued value: a source finding of a value that an artifact carries says where it
 * ships, and the artifact finding says where the source writes it.
 */
function linkShipped(raw) {
    const shipsIn = new Map();
    const writtenAt = new Map();
    for (const f of raw) {
        if (!f.value)
            continue;
        const [places, text] = f.shipsIn ? [shipsIn, f.shipsIn] : [writtenAt, (0,src_findings/* placeText */.Z9)(f)];
        const list = places.get(f.value);
        if (list)
            list.push({ path: f.path, text });
        else
            places.set(f.value, [{ path: f.path, text }]);
    }
    if (shipsIn.size === 0)
        return [...raw];
    // One note per value, side and file: a value found thousands of times is listed once per file, not once per finding.
    const notes = new Map();
    return raw.map((f) => {
        if (!f.value)
            return f;
        const key = `${f.shipsIn ? 'artifact' : 'source'}\0${f.value}\0${f.path}`;
        if (!notes.has(key)) {
            const others = (f.shipsIn ? writtenAt : shipsIn).get(f.value)?.filter((p) => p.path !== f.path) ?? [];
            notes.set(key, others.length === 0 ? undefined : f.shipsIn ? `Written in the source at ${listed(others)}.` : `This value ships: also found in ${listed(others)}.`);
        }
        const note = notes.get(key);
        return note ? { ...f, message: `${f.message} ${note}` } : f;
    });
}
function listed(places) {
    const all = [...new Set(places.map((p) => p.text))].sort();
    const shown = all.slice(0, LISTED).join(', ');
    return all.length > LISTED ? `${shown} and ${all.length - LISTED} more` : shown;
}

;// CONCATENATED MODULE: ./src/pipeline/mask.ts

/** How a private value is shown: its first 4 characters, never more. */
function mask(secret) {
    return `${secret.slice(0, 4)}…`;
}
/** Replaces every whole occurrence of each secret (any letter case) in `text` by its mask. */
function maskText(text, secrets) {
    let out = text;
    for (const s of secrets) {
        if (s.length < 8)
            continue;
        out = out.replace(new RegExp(mask_escape(s), 'gi'), mask(s));
    }
    return out;
}
/** api_hashes anyone may see whole: the published ones and the library-docs placeholders. */
const PUBLIC_HASHES = new Set([...catalogue/* PUBLISHED */.ly.flatMap((c) => (c.apiHash ? [c.apiHash.toLowerCase()] : [])), ...catalogue/* PLACEHOLDER_HASHES */.VX.keys()]);
const HEX32 = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])/g;
/** A shorter api_id would show whole in its mask, and would mask line numbers and counts that happen to match. */
const MASKED_ID_DIGITS = 5;
/**
 * The one masking rule for every text a finding carries (message, help, suppression reason): the values a check
 * reported as secret, a team's own never-ship api_ids and api_hashes (config `credentials.extra`), and any other
 * 32-hex-digit value, which is an api_hash nobody published (e.g. inside an override statement a message quotes),
 * show only their first 4 characters. Published values stay whole.
 */
function masker(reported, extra = []) {
    const publicIds = new Set([...catalogue/* PUBLISHED */.ly, ...catalogue/* OFFICIAL_IDS_WITHOUT_HASH */.RZ].map((c) => c.apiId));
    const teamIds = extra.flatMap((e) => (e.apiId !== undefined && !publicIds.has(e.apiId) && String(e.apiId).length >= MASKED_ID_DIGITS ? [String(e.apiId)] : []));
    const ids = teamIds.length > 0 ? new RegExp(`(?<!\\d)(?:${teamIds.join('|')})(?!\\d)`, 'g') : undefined;
    // The HEX32 pass masks every reported api_hash already: one pattern per message, not one per secret (100,000
    // private hashes would otherwise cost 100,000 passes over each of 100,000 messages).
    const others = new Set([...reported].filter((s) => !/^[0-9a-fA-F]{32}$/.test(s)));
    return (text) => {
        let out = maskText(text, others).replace(HEX32, (hex) => (PUBLIC_HASHES.has(hex.toLowerCase()) ? hex : mask(hex)));
        if (ids)
            out = out.replace(ids, mask);
        return out;
    };
}
function mask_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/pipeline/silence.ts
/** How a line comment is written in files of each kind; a file not listed (JSON, plain text, binaries) takes none. */
const COMMENT_STYLES = [
    { files: /\.(?:java|kt|kts|gradle|groovy|scala|c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|swift|js|mjs|cjs|jsx|ts|tsx|go|rs|dart|cs|php)$/i, write: (t) => `// ${t}` },
    { files: /(?:\.(?:ya?ml|sh|bash|py|rb|pl|properties|toml|cmake|mk|cfg|conf|env|ps1|r)|(?:^|\/)(?:CMakeLists\.txt|Makefile|Dockerfile|\.env[^/]*))$/i, write: (t) => `# ${t}` },
    { files: /\.(?:xml|html?|plist|xaml|svg)$/i, write: (t) => `<!-- ${t} -->`, fits: (line) => line.trimEnd().endsWith('>') },
    { files: /\.(?:md|markdown)$/i, write: (t) => `<!-- ${t} -->` },
];
/** The reason a pasted suppression starts with: the reader replaces it with their own. */
const REASON_PLACEHOLDER = 'why this is accepted';
/**
 * The ready-to-paste suppressions of one finding: `tg-compliance:allow RULE -- reason` in its file's comment
 * syntax, for the end of its line (only when the check read that line and the file takes comments), and the
 * `ignore` entry that matches its fingerprint. No comment where it could change what the line means: inside a
 * markup tag, or after a line continuation.
 */
function silenceOf(f) {
    const line = f.fileToCreate ? undefined : f.lineText;
    const style = line === undefined ? undefined : COMMENT_STYLES.find((s) => s.files.test(f.path));
    // A line continued on the next (`\` at its end) would carry the comment into the next line's statement.
    const fits = style && line !== undefined && !line.trimEnd().endsWith('\\') && (style.fits?.(line) ?? true);
    const entry = `- { fingerprint: ${f.fingerprint}, rules: [${f.ruleId}], reason: "${REASON_PLACEHOLDER}" }`;
    return fits ? { comment: style.write(`tg-compliance:allow ${f.ruleId} -- ${REASON_PLACEHOLDER}`), entry } : { entry };
}

;// CONCATENATED MODULE: ./src/pipeline/pipeline.ts







/**
 * The one path from what checks report to what every output shows: link, fingerprint, the config's rule levels,
 * suppress, dedupe, mask, sort.
 */
function runPipeline(raw, config) {
    const secrets = new Set();
    for (const f of raw)
        for (const s of f.secrets ?? [])
            secrets.add(s);
    const maskText = masker(secrets, config.credentials.extra);
    const suppressor = configSuppressor(config.ignore);
    const findings = [];
    const suppressed = [];
    const seen = new Set();
    for (const f of addFingerprints(linkShipped(raw))) {
        // The same rule on the same matched content at the same place is one finding (the message is not needed to tell).
        const dedupeKey = `${f.ruleId}\0${f.path}\0${f.line}\0${f.column}\0${f.key}`;
        if (seen.has(dedupeKey))
            continue;
        seen.add(dedupeKey);
        const configured = config.rules?.[f.ruleId];
        const clean = toFinding(f, maskText, configured === 'off' ? undefined : configured);
        const inline = inlineSuppression(f.ruleId, f.lineText, f.previousLineText);
        const suppression = configured === 'off'
            ? { kind: 'config', reason: `rule turned off in the config (rules: ${f.ruleId}: off)` }
            : inline
                ? { kind: 'inline', reason: inline.reason }
                : suppressor.match(clean);
        if (suppression)
            suppressed.push({ ...clean, suppression: { ...suppression, reason: maskText(suppression.reason) } });
        else
            findings.push(clean);
    }
    findings.sort(src_findings/* compareFindings */.Eg);
    suppressed.sort(src_findings/* compareFindings */.Eg);
    return { findings, suppressed, matched: suppressor.matched };
}
function toFinding(f, maskText, level) {
    const out = {
        ruleId: f.ruleId,
        level: level ?? f.level,
        message: maskText(f.message),
        path: f.path,
        line: f.line,
        column: f.column,
        fingerprint: f.fingerprint,
    };
    if (f.help)
        out.help = maskText(f.help);
    if (f.related)
        out.related = f.related;
    if (level !== undefined && level !== f.level)
        out.defaultLevel = f.level;
    if (f.fileToCreate)
        out.fileToCreate = true;
    out.silence = silenceOf(f);
    return out;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
;// CONCATENATED MODULE: ./src/settings.ts
const DEFAULT_SETTINGS = { requireGpl: 'auto', apiUrl: 'https://api.github.com', artifacts: [] };

// EXTERNAL MODULE: ./src/upstream/duty.ts
var duty = __nccwpck_require__(8589);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
;// CONCATENATED MODULE: ./src/engine.ts















/** options → file walk → checks → pipeline → report, with pass/fail decided once. Shared by the CLI and the action. */
async function runEngine(options) {
    const { log } = options;
    const skipped = [];
    const base = {
        root: options.root,
        config: options.config,
        settings: { ...DEFAULT_SETTINGS, ...options.settings },
        log,
    };
    /** Each check's own context: what it skips is noted with its name. */
    const contextOf = (name) => ({ ...base, skip: (path, reason) => skipped.push({ path, reason, by: name }) });
    const checks = {};
    const failed = (name, from, err) => {
        const reason = (0,redact/* redact */.E)(err instanceof Error ? err.message : String(err));
        log.warning(`the ${name} check failed: ${reason}`);
        checks[name] = { status: 'failed', files: 0, bytes: 0, ms: Math.round(external_node_perf_hooks_.performance.now() - from), reason };
    };
    // Checks that stream start before the walk and take each file in scope as it is found.
    const started = external_node_perf_hooks_.performance.now();
    const loaded = new Map();
    const streams = new Map();
    for (const name of options.checks) {
        const notRun = options.notRun?.[name];
        if (notRun !== undefined) {
            checks[name] = { status: 'skipped', files: 0, bytes: 0, ms: 0, reason: notRun };
            continue;
        }
        try {
            const check = await (0,checks_all/* checkByName */.Pt)(name).load();
            if (check.stream)
                streams.set(name, check.stream(contextOf(name)));
            loaded.set(name, check);
        }
        catch (err) {
            failed(name, started, err);
        }
    }
    const wanted = options.changedFiles ? new Set(options.changedFiles) : undefined;
    // When every check streams, nothing needs the list of files afterwards: it is not kept.
    const leaveOut = new Map((options.reportFiles ?? []).map((abs) => [(0,walk/* relative */.V8)(options.root, abs), 'a report this run writes (not scanned)']));
    const walkOptions = { maxFileSize: options.maxFileSize, keepFiles: streams.size < loaded.size, leaveOut };
    if (streams.size > 0) {
        walkOptions.onFile = (file) => {
            if (!wanted || wanted.has(file.path))
                for (const s of streams.values())
                    s.add(file);
        };
    }
    // A change set that only per-file checks read needs no walk of the whole tree: it costs what it scans.
    const perFileOnly = options.checks.every((c) => (0,checks_all/* checkByName */.Pt)(c).scope === 'per-file');
    let walked;
    try {
        walked =
            options.changedFiles && perFileOnly
                ? await (0,walk/* listPaths */.Pe)(options.root, options.target, options.changedFiles, walkOptions)
                : await (0,walk/* walk */.GG)(options.root, options.target, walkOptions);
    }
    catch (err) {
        await Promise.allSettled([...streams.values()].map((s) => s.finish())); // lets their threads end
        throw err;
    }
    (0,append/* append */.B)(skipped, walked.skipped);
    const files = wanted ? walked.files.filter((f) => wanted.has(f.path)) : walked.files;
    log.debug(`${walked.found} files in the tree, ${wanted ? `${files.length} in scope, ` : ''}${walked.ignored} left out by .gitignore`);
    const gplDuty = (0,duty/* gplDutyOnce */.N)(base.settings.requireGpl, walked.files, options.config.ignore);
    const raw = [];
    for (const [name, check] of loaded) {
        const stream = streams.get(name);
        const from = stream ? started : external_node_perf_hooks_.performance.now();
        try {
            const outcome = stream ? await stream.finish() : await check.run({ ...contextOf(name), files, tree: walked.files, gplDuty });
            (0,append/* append */.B)(raw, outcome.findings);
            const stats = { files: outcome.files, bytes: outcome.bytes, ms: Math.round(external_node_perf_hooks_.performance.now() - from) };
            if (outcome.incomplete?.length) {
                const reason = outcome.incomplete.join('; ');
                log.warning(`the ${name} check failed: ${reason}`);
                checks[name] = { status: 'failed', ...stats, reason };
            }
            else {
                checks[name] = { status: 'ran', ...stats, ...(outcome.nothingFound ? { nothingFound: outcome.nothingFound } : {}) };
            }
        }
        catch (err) {
            failed(name, from, err);
        }
    }
    const statsInOrder = Object.fromEntries(options.checks.filter((n) => checks[n]).map((n) => [n, checks[n]]));
    const { findings, suppressed, matched } = runPipeline(withLineText(raw, options.root), options.config);
    const ran = new Set(Object.entries(checks).filter(([, c]) => c.status === 'ran').map(([name]) => name));
    const configNotes = [
        ...(options.configNotes ?? []),
        ...ignoreEntryNotes(options.config.ignore, matched, { full: !options.changedFiles && options.target === options.root, ran, allRan: options.checks.every((c) => ran.has(c)) }),
    ];
    return {
        tool: { name: model/* TOOL_NAME */.l, version: version/* VERSION */.x, catalogue: catalogue/* CATALOGUE_VERSION */.L$ },
        root: options.root,
        findings,
        suppressed,
        skipped: mergeSkipped(skipped),
        summary: {
            errors: findings.filter((f) => f.level === 'error').length,
            warnings: findings.filter((f) => f.level === 'warning').length,
            notes: findings.filter((f) => f.level === 'note').length,
            suppressed: suppressed.length,
        },
        checks: statsInOrder,
        ...(configNotes.length > 0 ? { configNotes } : {}),
        failOn: options.failOn,
        result: (0,decision/* decide */.LD)(findings, options.failOn, statsInOrder),
    };
}

// EXTERNAL MODULE: ./src/git.ts
var git = __nccwpck_require__(1243);
;// CONCATENATED MODULE: ./src/report/terminal-text.ts

/**
 * Untrusted text (a file name, a file's line, an error naming either) as the CLI prints it, on standard output or
 * standard error: control characters written as escapes, so no ANSI sequence reaches the terminal and no line
 * break starts a line of the attacker's; and no `::` at its start, which GitHub's runner reads as a workflow
 * command (`::error file=…::`) when the text begins a line of a step's log, after any blanks.
 */
function terminalText(text) {
    return (0,visible/* visibleControls */.x)(text).replace(/^(\s*):(?=:)/, '$1\\x3a');
}

;// CONCATENATED MODULE: ./src/log.ts

const silentLogger = { info() { }, warning() { }, debug() { } };
/** Messages name files and quote their text: each is one line of terminalText. */
function stderrLogger(verbose = false) {
    return {
        info: (m) => process.stderr.write(`${terminalText(m)}\n`),
        warning: (m) => process.stderr.write(`warning: ${terminalText(m)}\n`),
        debug: (m) => {
            if (verbose)
                process.stderr.write(`debug: ${terminalText(m)}\n`);
        },
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __nccwpck_require__(2794);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(5881);
// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __nccwpck_require__(4424);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __nccwpck_require__(1190);
;// CONCATENATED MODULE: ./src/report/text.ts






/**
 * What a person reads in a terminal: findings grouped by file, each with line, level, rule, message and fix. Every
 * text that came from the tree (names, messages, reasons) goes through terminalText before it is painted.
 */
function renderText(report, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const levelText = { error: paint(31, 'error  '), warning: paint(33, 'warning'), note: paint(36, 'note   ') };
    const out = [];
    const byFile = new Map();
    for (const f of report.findings) {
        const list = byFile.get(f.path) ?? [];
        list.push(f);
        byFile.set(f.path, list);
    }
    for (const path of [...byFile.keys()].sort()) {
        const inFile = byFile.get(path).sort(src_findings/* compareLocation */.T6);
        out.push(paint(1, terminalText(path) + (0,hints/* toCreateNote */.kV)(inFile[0])));
        for (const f of inFile) {
            out.push(`  ${(f.line === undefined ? 'file' : `${f.line}:${f.column}`).padEnd(8)} ${levelText[f.level]}  ${f.ruleId}${(0,hints/* levelNote */.FG)(f)}`);
            out.push(`    ${terminalText(f.message)}`);
            if (f.help)
                out.push(`    ${paint(2, `fix: ${terminalText(f.help)}`)}`);
            out.push(...silenceLines(f).map((l) => `    ${paint(2, l)}`));
        }
        out.push('');
    }
    // A finding's own fix stands under it; the rule's general help is only for the findings that have none.
    const rules = [...new Set(report.findings.filter((f) => !f.help).map((f) => f.ruleId))].sort();
    for (const id of rules) {
        const help = (0,src_rules/* ruleById */.BD)(id)?.help;
        if (help)
            out.push(`${paint(1, `How to fix ${id}:`)} ${help}`);
    }
    if (rules.length > 0)
        out.push('');
    if (report.suppressed.length > 0) {
        const byReason = new Map();
        for (const f of report.suppressed) {
            const key = `${f.suppression.kind}: ${f.suppression.reason}`;
            byReason.set(key, (byReason.get(key) ?? 0) + 1);
        }
        out.push(paint(2, `${report.suppressed.length} suppressed (--format json lists them):`));
        for (const [reason, n] of byReason)
            out.push(paint(2, `  ${n} × ${terminalText(reason)}`));
        out.push('');
    }
    for (const [name, c] of Object.entries(report.checks)) {
        if (c.status !== 'ran')
            out.push(paint(2, `check ${name} ${c.status}: ${terminalText(c.reason ?? '')}`));
        else if (c.nothingFound)
            out.push(paint(2, `check ${name} found nothing to check: ${terminalText(c.nothingFound)}`));
    }
    if (report.skipped.length > 0)
        out.push(paint(2, skippedSummary(report)));
    for (const note of report.configNotes ?? [])
        out.push(paint(36, `note: ${terminalText(note)}`));
    if (report.findings.length > 0)
        out.push(...(0,hints/* howToSilence */.F1)((c) => c).map((l) => paint(2, l)));
    const { errors, warnings, notes, suppressed } = report.summary;
    const files = Object.values(report.checks).reduce((n, c) => Math.max(n, c.files), 0);
    const total = `${(0,plural/* plural */.L)(errors, 'error')}, ${(0,plural/* plural */.L)(warnings, 'warning')}, ${(0,plural/* plural */.L)(notes, 'note')}${suppressed ? `, ${suppressed} suppressed` : ''} in ${(0,plural/* plural */.L)(files, 'file')} scanned`;
    if (report.result === 'error')
        out.push(paint(31, `✖ ${total}; not a pass: ${terminalText((0,decision/* failedChecks */.HH)(report.checks))}`));
    else if (report.result === 'fail')
        out.push(paint(31, `✖ ${total} (fail-on: ${report.failOn})`));
    // With fail-on never nothing fails the run, but a pass mark over findings would read as "no problems".
    else if (report.failOn === 'never' && report.findings.length > 0)
        out.push(`○ ${total} (fail-on: never, so findings do not fail the run)`);
    else
        out.push(paint(32, `✔ ${total}`));
    return `${out.join('\n')}\n`;
}
/** The finding's fingerprint and its ready-to-paste suppressions (our text: rule id, fingerprint, comment syntax). */
function silenceLines(f) {
    if (!f.silence)
        return [`fingerprint: ${f.fingerprint}`];
    return [
        ...(f.silence.comment ? [`silence: ${f.silence.comment}   (at the end of line ${f.line})`] : []),
        `${f.silence.comment ? '     or' : 'silence:'} ${f.silence.entry}   (under ignore: in the config)`,
    ];
}
function skippedSummary(report) {
    const counts = new Map();
    for (const s of report.skipped) {
        const open = s.reason.indexOf('(');
        const reason = open >= 0 && s.reason.endsWith(')') ? s.reason.slice(0, open).trimEnd() : s.reason;
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    return `skipped: ${[...counts].map(([reason, n]) => `${n} ${terminalText(reason)}`).join(', ')} (--format json lists them)`;
}

;// CONCATENATED MODULE: ./src/report/render.ts




function render(report, format, options = {}) {
    return [...renderPieces(report, format, options)].join('');
}
/** The report as text in pieces: JSON a piece at a time, so 100,000 findings are never one string beside their objects. */
function renderPieces(report, format, options = {}) {
    switch (format) {
        case 'json':
            return (0,json/* jsonChunks */.V)(report);
        case 'sarif':
            return [(0,sarif/* renderSarif */.WH)(report)];
        case 'markdown':
            return [(0,markdown/* renderMarkdown */.Gc)(report)];
        case 'text':
            return [renderText(report, options)];
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/cli/publication-target.ts
var publication_target = __nccwpck_require__(5220);
// EXTERNAL MODULE: ./src/checks/publication/place.ts
var place = __nccwpck_require__(2211);
;// CONCATENATED MODULE: ./src/cli/output-folder.ts



/** Refuses a report path whose folder is missing before the scan starts, not after it ran to the end. */
async function requireOutputFolder(path, flag) {
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));
    const found = await (0,promises_.stat)(folder).catch(() => undefined);
    if (!found)
        throw new schema/* UsageError */.eb(`${flag}: the folder "${(0,external_node_path_.dirname)(path)}" does not exist: make it first (mkdir -p), or write elsewhere`);
    if (!found.isDirectory())
        throw new schema/* UsageError */.eb(`${flag}: "${(0,external_node_path_.dirname)(path)}" is not a folder`);
}

;// CONCATENATED MODULE: ./src/cli/write-stdout.ts

const WHY = { EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device' };
/**
 * Writes all of `text` to standard output. A reader that went away (`| head`) or a full disk (`> /dev/full`) is
 * one line and exit 2, not an unhandled 'error' event with a stack trace and exit 1, which reads as "findings".
 */
async function writeStdout(text, stream = process.stdout) {
    let failed;
    // Kept after the first error: the stream emits it again after the callback, and nothing may reach the default handler.
    const onError = (err) => (failed ??= outputError(err));
    stream.on('error', onError);
    for (const chunk of typeof text === 'string' ? [text] : text) {
        await new Promise((resolve) => stream.write(chunk, (err) => (err && onError(err), resolve())));
        if (failed)
            throw failed;
    }
}
function outputError(err) {
    const code = err.code ?? err.message;
    return new schema/* UsageError */.eb(`cannot write to standard output (${code}${WHY[code] ? `: ${WHY[code]}` : ''})`);
}

;// CONCATENATED MODULE: ./src/cli/main.ts





















/** Loaded on use, like the checks: a scan does not load the GitHub client or the merge. */
const SUBCOMMANDS = {
    merge: async (argv) => (await __nccwpck_require__.e(/* import() */ 84).then(__nccwpck_require__.bind(__nccwpck_require__, 3084))).runMerge(argv),
    'list-repos': async (argv) => (await Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(983)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7983))).runListRepos(argv),
    matrix: async (argv) => (await __nccwpck_require__.e(/* import() */ 614).then(__nccwpck_require__.bind(__nccwpck_require__, 1614))).runMatrix(argv),
};
/** Runs the CLI; returns the exit status (0 pass, 1 findings at fail-on, 2 usage/config/internal error). */
async function main(argv, runtime = {}) {
    try {
        return await run(argv, runtime.workerScript);
    }
    catch (err) {
        if (err instanceof schema/* UsageError */.eb) {
            process.stderr.write(`tg-compliance: error: ${terminalText(err.message)}\n`);
            return 2;
        }
        throw err;
    }
}
async function run(argv, workerScript) {
    const [first, ...rest] = argv;
    const subcommand = Object.hasOwn(SUBCOMMANDS, first ?? '') ? SUBCOMMANDS[first] : undefined;
    return subcommand ? subcommand(rest) : scan(argv, workerScript);
}
async function scan(argv, workerScript) {
    const args = (0,cli_args/* parseCliArgs */.hT)(argv);
    if (args.help) {
        await writeStdout(cli_args/* HELP */._$);
        return 0;
    }
    if (args.version) {
        await writeStdout(`tg-compliance ${version/* VERSION */.x} (catalogue ${catalogue/* CATALOGUE_VERSION */.L$})\n`);
        return 0;
    }
    const badRepository = args.repository === undefined ? undefined : (0,place/* repositoryProblem */.Ki)(args.repository);
    if (badRepository)
        throw new schema/* UsageError */.eb(`--repository: ${badRepository}`);
    if (args.output)
        await requireOutputFolder(args.output, '--output');
    const target = await directory(args.path);
    const top = await (0,git/* gitTop */.Sp)(target);
    const root = top ?? target;
    const fileConfig = await loadConfig(root, args.config);
    const baseline = args.baseline !== undefined ? { name: args.baseline, file: (0,external_node_path_.resolve)(args.baseline), label: `--baseline "${args.baseline}"`, confine: false } : configuredBaseline(root, fileConfig);
    const { config, notes: configNotes } = await withBaseline(root, fileConfig, baseline);
    const options = (0,src_options/* resolveOptions */.$i)({ checks: args.checks, failOn: args.failOn, maxFileSize: args.maxFileSize, ...args.settings }, config, (name) => `--${name}`);
    const log = stderrLogger(args.verbose);
    const changedFiles = args.since ? await (0,git/* changedSince */.$A)(root, args.since) : undefined;
    const publication = options.checks.includes('publication');
    const apiUrl = publication ? (0,publication_target/* apiUrlOf */.po)(args.apiUrl, process.env.GITHUB_API_URL) : (args.apiUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'));
    const repository = await (0,publication_target/* repositoryName */.aR)(args.repository, apiUrl, target, top, log);
    const token = process.env.GITHUB_TOKEN || undefined;
    const notRun = publication ? (0,publication_target/* publicationNotRun */.R9)(repository, options.mirror, process.env) : undefined;
    const settings = {
        ...(0,src_options/* settingsOf */.f5)(options),
        apiUrl,
        token,
        workerScript,
        ...(publication && !notRun ? await (0,publication_target/* publicationTarget */.aG)(repository, args.ref, top, { apiUrl, token }, log) : {}),
    };
    const scanned = await runEngine({
        root, target, checks: options.checks, failOn: options.failOn, maxFileSize: options.maxFileSize, config, changedFiles,
        reportFiles: args.output ? [(0,external_node_path_.resolve)(args.output)] : [], settings, notRun: notRun ? { publication: notRun } : undefined, configNotes, log,
    });
    const report = { ...scanned, ...(await (0,publication_target/* repositoryInfo */.p4)(repository, apiUrl, top)) };
    if (args.writeBaseline) {
        // The findings a baseline already accepts stay accepted when the baseline is written to a new file.
        const accepted = [...report.findings, ...report.suppressed.filter((f) => f.suppression.kind === 'baseline')];
        const { added, leftOut } = await writeBaseline((0,external_node_path_.resolve)(args.writeBaseline), accepted);
        const environmental = leftOut > 0 ? ` (${leftOut} left out: they depend on this run's token and network, not on the code)` : '';
        process.stderr.write(`tg-compliance: wrote ${added} baseline entries to ${terminalText(args.writeBaseline)}${environmental}\n`);
        return 0;
    }
    const useColor = !args.output && args.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const text = renderPieces(report, args.format, { color: useColor });
    if (args.output)
        await writeReportFile(args.output, text, { label: `--output: "${args.output}"` });
    else
        await writeStdout(text);
    if (report.result === 'error')
        process.stderr.write(`tg-compliance: error: ${terminalText((0,decision/* failedChecks */.HH)(report.checks))}\n`);
    return (0,decision/* exitStatusOf */.et)(report.result);
}
async function directory(path) {
    let abs;
    try {
        abs = await (0,promises_.realpath)((0,external_node_path_.resolve)(path));
    }
    catch {
        throw new schema/* UsageError */.eb(`PATH "${path}" does not exist`);
    }
    if (!(await (0,promises_.stat)(abs)).isDirectory())
        throw new schema/* UsageError */.eb(`PATH "${path}" is not a folder`);
    return abs;
}

;// CONCATENATED MODULE: ./src/node-version.ts
/** The oldest Node.js major the CLI runs on; kept equal to package.json's `engines.node` by a test. */
const MINIMUM_NODE_MAJOR = 22;
/** Why this Node.js cannot run the CLI, in one line, or undefined when it can. */
function unsupportedNodeReason(version) {
    const major = Number.parseInt(version.replace(/^v/, ''), 10);
    if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR)
        return undefined;
    return `Node.js ${version} is not supported: tg-compliance needs Node.js ${MINIMUM_NODE_MAJOR} or later (Node.js 20 reached end of life on 2026-04-30)`;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/checks/credentials/workers.ts + 1 modules
var workers = __nccwpck_require__(9670);
;// CONCATENATED MODULE: ./src/worker.ts


/**
 * When this bundle was started as a scanning thread, does that thread's work and returns true: each entry point
 * (the action, the CLI) calls this first, so that the bundle is its own worker script.
 */
function runAsWorker() {
    if (external_node_worker_threads_.isMainThread || external_node_worker_threads_.workerData?.kind !== workers/* WORKER_KIND */.UG)
        return false;
    const request = external_node_worker_threads_.workerData;
    const port = external_node_worker_threads_.parentPort;
    // Batches that arrive before the scanner is loaded wait in the port's queue until the listener is attached.
    void __nccwpck_require__.e(/* import() */ 911).then(__nccwpck_require__.bind(__nccwpck_require__, 7911)).then(({ FileScanner }) => {
        const scanner = new FileScanner(request.extra);
        // A Buffer path (a name that is not UTF-8) arrives as a plain Uint8Array: fs wants a Buffer again.
        const onDisk = (abs) => (typeof abs === 'string' ? abs : Buffer.from(abs.buffer, abs.byteOffset, abs.byteLength));
        port.on('message', (batch) => port.postMessage(scanner.scan(batch.files.map((f) => ({ ...f, abs: onDisk(f.abs) }))).take()));
    });
    return true;
}

;// CONCATENATED MODULE: ./src/cli.ts






// Standard error closed too: nowhere is left to say so, and the exit status still tells.
process.stderr.on('error', () => undefined);
const unsupported = unsupportedNodeReason(process.versions.node);
if (unsupported) {
    process.stderr.write(`tg-compliance: error: ${unsupported}\n`);
    process.exitCode = 2;
}
else if (!runAsWorker()) {
    main(process.argv.slice(2), { workerScript: (0,external_node_url_.fileURLToPath)(import.meta.url) }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(`tg-compliance: internal error: ${terminalText((0,redact/* redact */.E)(err instanceof Error ? err.message : String(err)))}\n`);
        process.exitCode = 2;
    });
}

