/** What surrounds a value: a guard that keeps it out of normal builds, or a later assignment that replaces it. */

// 60 lines of guard context at most; a window this wide holds them on any real source.
const GUARD_LOOKBACK = 16 * 1024;
const PREPROCESSOR = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif|error)\b(.*)$/;
// CMake's #error: the build stops there, and a value quoted inside its text (" > api_id: 17349") is only text.
const CMAKE_FATAL = /^[ \t]*message[ \t]*\([ \t]*(?:FATAL_ERROR|SEND_ERROR)\b/i;
const CMAKE_BLOCK = /^[ \t]*(if|elseif|else|endif)[ \t]*\((.*)\)/i;

export interface Guard {
  description: string;
  /** The build switch named in the guarding condition (e.g. TDESKTOP_API_TEST), when there is one. */
  switchName?: string;
}

const IDENTIFIER = /[A-Za-z_]\w*/g;

/** A test switch is a whole name with TEST as one of its `_` parts: TDESKTOP_API_TEST, TEST_MODE, not LATEST_SDK. */
function firstTestSwitch(condition: string): { name: string; index: number } | undefined {
  for (const m of condition.matchAll(IDENTIFIER)) {
    if (m[0].split('_').some((part) => part.toUpperCase() === 'TEST')) return { name: m[0], index: m.index };
  }
  return undefined;
}
const NEGATION_BEFORE = /(?:!\s*(?:defined\s*\(?\s*)?|\bNOT\s+(?:DEFINED\s+)?)$/i;

/** The test switch a condition names, and whether the condition holds when that switch is on. */
function testSwitchIn(directive: string, condition: string): { name: string; holdsWhenOn: boolean } | undefined {
  const named = firstTestSwitch(condition);
  if (!named) return undefined;
  const negated = NEGATION_BEFORE.test(condition.slice(0, named.index)) !== (directive === 'ifndef');
  return { name: named.name, holdsWhenOn: !negated };
}

/**
 * Looks back from `offset` through the enclosing preprocessor or CMake blocks (at most 60 lines) for a guard: an
 * `#error` before the value in the same branch, or a branch built only when a test switch is on. The branch
 * matters: the `#else` of `#ifdef TDESKTOP_API_TEST`, and `#ifndef`/`if (NOT ...)`, are what ships.
 */
export function findGuard(text: string, offset: number): Guard | undefined {
  // Only the text just before the value is read: a long line costs this window, not the line, per finding.
  const from = Math.max(0, offset - GUARD_LOOKBACK);
  const before = text.slice(from, offset);
  let end = before.lastIndexOf('\n');
  let depth = 0;
  // In the current block: whether the value's branch is an #else (every condition above must then be false), and
  // whether a branch directive has been passed (an #error above it belongs to another branch).
  let inElse = false;
  let branchSeen = false;
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = before.lastIndexOf('\n', end - 1) + 1;
    if (start === 0 && from > 0) break; // a line cut by the window's start: never read as a directive
    const line = before.slice(start, end);
    end = start - 1;
    const pp = PREPROCESSOR.exec(line);
    const cm = pp ? null : CMAKE_BLOCK.exec(line);
    const directive = (pp?.[1] ?? cm?.[1] ?? '').toLowerCase();
    const condition = (pp?.[2] ?? cm?.[2] ?? '').trim();
    if (!directive) {
      if (!branchSeen && CMAKE_FATAL.test(line)) return { description: 'message(FATAL_ERROR …) stops the build before it' };
      continue;
    }
    if (directive === 'endif') {
      depth++;
      continue;
    }
    if (depth > 0) {
      if (directive.startsWith('if')) depth--;
      continue;
    }
    if (directive === 'error') {
      if (!branchSeen) return { description: `#error "${condition.slice(0, 80)}" stops the build before it` };
      continue;
    }
    if (directive === 'else') {
      if (!branchSeen) inElse = true;
      branchSeen = true;
      continue;
    }
    // An #if, #ifdef, #ifndef, #elif or elseif: the value's branch needs it true (the first one met, unless the
    // value is in the #else) or false (every other one of the block).
    const needsTrue = !branchSeen && !inElse;
    branchSeen = true;
    const named = testSwitchIn(directive, condition);
    if (named && named.holdsWhenOn === needsTrue) {
      return { description: `built only when ${needsTrue ? condition.slice(0, 80) : `not (${condition.slice(0, 80)})`}`, switchName: named.name };
    }
    if (directive.startsWith('if')) {
      // The block starts here: go on outwards, in the enclosing block's branch.
      inElse = false;
      branchSeen = false;
    }
  }
  return undefined;
}

/**
 * A later assignment statement of the same name from something other than a literal, e.g.
 * `APP_ID = BuildConfig.APP_ID;`. Not an override: a named argument (`Client(api_id=api_id)`), or a value made from
 * the name itself (`API_ID = int(API_ID)`), which is the same value again.
 */
export interface Override {
  offset: number;
  statement: string;
  /** The assigned expression, e.g. `BuildConfig.APP_ID`. */
  value: string;
  /** Assigned through `this.`/`self.`: a same-named right side is then another variable (a parameter). */
  member: boolean;
}

// Every `name = <not a literal>` in the text (the value in a lookahead, so that a later assignment on the same line
// is found too). One pass, indexed by name: searching forward from each finding would
// rescan the rest of the file once per finding (quadratic on a file with thousands of them).
const NON_LITERAL_ASSIGNMENT = /(?<![\w"'])(\w+)[ \t]*=(?!=)[ \t]*(?![ \t"'\d-])(?=([^;\n]{1,120}))/g;

/** The override lookups of one text, built on the first lookup. */
export class OverrideIndex {
  private byName?: Map<string, Override[]>;

  constructor(private readonly text: string) {}

  /** The first override of `identifier`'s last name after `afterOffset`. */
  after(afterOffset: number, identifier: string): Override | undefined {
    const name = identifier.replace(/^.*[.>]/, '').replace(/^-+D?/, '');
    if (!/^\w+$/.test(name)) return undefined;
    const list = this.index().get(name);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].offset < afterOffset) lo = mid + 1;
      else hi = mid;
    }
    return list.slice(lo).find((o) => o.member || !mentionsBare(o.value, name));
  }

  private index(): Map<string, Override[]> {
    if (this.byName) return this.byName;
    this.byName = new Map();
    for (const m of this.text.matchAll(NON_LITERAL_ASSIGNMENT)) {
      const target = targetStart(this.text, m.index);
      if (isNamedArgument(this.text, target)) continue;
      const value = m[2].trim();
      const list = this.byName.get(m[1]) ?? [];
      list.push({ offset: m.index, statement: `${m[1]} = ${value}`, value, member: MEMBER_TARGET.test(this.text.slice(target, m.index)) });
      this.byName.set(m[1], list);
    }
    return this.byName;
  }
}

// What comes before a named argument: the call's `(` or the previous argument's `,`, then only blanks.
const ARGUMENT_BEFORE = /[(,]\s*$/;
const CALL_LOOKBACK = 400;

/** `f(a, api_id=x)`, over lines too; not `int a = 1, APP_ID = x;`, whose `,` is in no open parenthesis. */
function isNamedArgument(text: string, target: number): boolean {
  const from = Math.max(0, target - CALL_LOOKBACK);
  if (!ARGUMENT_BEFORE.test(text.slice(from, target))) return false;
  let depth = 0;
  for (let i = target - 1; i >= from; i--) {
    const c = text[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return true;
      depth--;
    } else if (depth === 0 && (c === ';' || c === '{' || c === '}')) return false;
  }
  return false;
}

const WORD = /\w/;

/** Whether `value` uses `name` itself, as a bare word (not `BuildConfig.NAME`, not the string "NAME"). */
function mentionsBare(value: string, name: string): boolean {
  for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
    const before = value[at - 1] ?? ' ';
    const after = value[at + name.length] ?? ' ';
    if (!WORD.test(before) && !'."\''.includes(before) && !WORD.test(after) && !'"\''.includes(after)) return true;
  }
  return false;
}
const MEMBER_TARGET = /^(?:this|self)\s*(?:\.|->)$/;

/** Where the assigned expression starts: `this.apiId = ...` starts at `this`, a plain `APP_ID = ...` at its name. */
function targetStart(text: string, nameStart: number): number {
  let at = nameStart;
  for (;;) {
    let i = at;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (text[i - 1] === '.') i--;
    else if (text[i - 1] === '>' && text[i - 2] === '-') i -= 2;
    else return at;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    const end = i;
    while (i > 0 && WORD.test(text[i - 1])) i--;
    if (i === end) return at;
    at = i;
  }
}
