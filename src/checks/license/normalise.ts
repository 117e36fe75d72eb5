/**
 * How a license text is normalised before it is compared: a named, ordered list of steps, each a pure function
 * tested on its own (as licensee does). Order matters: line-based steps (Markdown, comment prefixes, bullets,
 * copyright lines) run while lines still exist; case folding comes before the word-based steps.
 */
export interface NormalisationStep {
  name: string;
  /** What the step removes or rewrites, for the docs and the tests. */
  does: string;
  apply(text: string): string;
}

// British spellings that occur in copies of license texts, and their US forms used by the references.
const SPELLINGS: Record<string, string> = {
  licence: 'license',
  licences: 'licenses',
  licenced: 'licensed',
  licencing: 'licensing',
  licensor: 'licensor',
  authorise: 'authorize',
  authorised: 'authorized',
  authorisation: 'authorization',
  organisation: 'organization',
  organisations: 'organizations',
  recognise: 'recognize',
  recognised: 'recognized',
  favour: 'favor',
  behaviour: 'behavior',
  honour: 'honor',
  centre: 'center',
  utilise: 'utilize',
  sublicence: 'sublicense',
  offence: 'offense',
  'per cent': 'percent',
  whilst: 'while',
  artefact: 'artifact',
  judgement: 'judgment',
  fulfil: 'fulfill',
  analogue: 'analog',
  catalogue: 'catalog',
  defence: 'defense',
  practise: 'practice',
  programme: 'program',
  programmes: 'programs',
};
const SPELLING_RE = new RegExp(`\\b(?:${Object.keys(SPELLINGS).join('|')})\\b`, 'g');

// The FSF's postal addresses changed over the years; copies carry any of them. Runs after whitespace.
const FSF_ADDRESS_RE =
  /\b(?:675 mass(?:achusetts)?\.? ave(?:nue)?\.?,? cambridge,? ma,? 02139|59 temple place,? (?:- ?)?suite 330,? boston,? ma,? 02111-1307|51 franklin st(?:reet)?\.?,? fifth floor,? boston,? ma,? 02110-1301)(?:,? usa)?/g;

export const NORMALISATION_STEPS: readonly NormalisationStep[] = [
  {
    name: 'line-endings',
    does: 'CRLF and CR line endings become LF; a byte-order mark and form feeds are dropped',
    apply: (t) => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n'),
  },
  {
    name: 'markdown',
    does: 'heading marks, emphasis, inline code, code fences, block quotes, horizontal rules and link targets',
    apply: (t) =>
      t
        .replace(/^\s{0,3}```.*$/gm, '')
        .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
        .replace(/^\s{0,3}#{1,6}\s+/gm, '')
        .replace(/^[ \t]*(?:[-=*_][ \t]*){3,}$/gm, '')
        .replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
        .replace(/`([^`\n]+)`/g, '$1'),
  },
  {
    name: 'comment-prefixes',
    does: 'comment markers at line starts (//, /*, */, *, #, ;, --, REM) when the file is a commented copy',
    apply: (t) => {
      const lines = t.split('\n');
      const prefixed = lines.filter((l) => /^\s*(?:\/\/|\/\*|\*|#|;|--|REM\b)/.test(l)).length;
      const nonEmpty = lines.filter((l) => l.trim() !== '').length;
      if (nonEmpty === 0 || prefixed < nonEmpty * 0.6) return t;
      return lines.map((l) => l.replace(/^\s*(?:\/\/+|\/\*+|\*+\/|\*+|#+|;+|--|REM\b)\s?/, '').replace(/(?<![\s*])\s*\*+\/\s*$/, '')).join('\n');
    },
  },
  {
    name: 'bullets',
    does: 'list bullets (*, -, •, ·, ◦) at line starts',
    apply: (t) => t.replace(/^[ \t]*[*\-•·◦‣][ \t]+/gm, ''),
  },
  {
    name: 'copyright-lines',
    does: 'copyright notice lines ("Copyright (c) 2024 Jane", "© 2024", "(C) 2024") and "All rights reserved"',
    apply: (t) =>
      t
        .replace(/^[ \t]*(?:copyright\s*(?:\(c\)|©|\d|<|\[|\{)|\(c\)\s*\d|©\s*\d).*$/gim, '')
        .replace(/\ball rights reserved\.?/gi, ''),
  },
  {
    name: 'case',
    does: 'upper case becomes lower case',
    apply: (t) => t.toLowerCase(),
  },
  {
    name: 'quotes',
    does: 'curly, angled and doubled quotes and backticks become a straight apostrophe or quote',
    apply: (t) => t.replace(/[“”„‟«»″]|''|``/g, '"').replace(/[‘’‚‛′`´]/g, "'"),
  },
  {
    name: 'dashes',
    does: 'en and em dashes, minus signs, non-breaking hyphens and double hyphens become one hyphen',
    apply: (t) => t.replace(/[‐‑‒–—―−]/g, '-').replace(/-{2,}/g, '-'),
  },
  {
    name: 'urls',
    does: 'URLs (with or without a scheme, in angle brackets or not) become the word "url"; e-mail addresses "email"',
    apply: (t) => {
      const urls = t.replace(/<?\b(?:https?:\/\/|www\.)[^\s<>)"]*[^\s<>)".,;:]>?/g, ' url ');
      // The e-mail pattern backtracks on every word: run it only where an @ exists.
      return urls.includes('@') ? urls.replace(/(?<![\w.+<-])<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, ' email ') : urls;
    },
  },
  {
    name: 'spelling',
    does: 'British spellings (licence, organisation, favour, ...) become US spellings',
    apply: (t) => t.replace(SPELLING_RE, (w) => SPELLINGS[w] ?? w),
  },
  {
    name: 'whitespace',
    does: 'runs of whitespace (including non-breaking spaces) become one space; ends are trimmed',
    apply: (t) => t.replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, ' ').trim(),
  },
  {
    name: 'fsf-address',
    does: "the FSF's postal addresses (675 Mass Ave, 59 Temple Place, 51 Franklin Street) become one token",
    apply: (t) => t.replace(FSF_ADDRESS_RE, ' fsfaddress '),
  },
];

export function normalise(text: string, steps: readonly NormalisationStep[] = NORMALISATION_STEPS): string {
  let out = text;
  for (const step of steps) out = step.apply(out);
  return out;
}

export function step(name: string): NormalisationStep {
  const found = NORMALISATION_STEPS.find((s) => s.name === name);
  if (!found) throw new Error(`no normalisation step ${name}`);
  return found;
}

/** Words of a normalised text: runs of letters and digits; punctuation only separates. */
export function words(normalised: string): string[] {
  return wordsAt(normalised).words;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return NON_ASCII_WORD_CHAR.test(text[i]);
}

/** Words (as `words` splits them) with the offset where each starts in the normalised text; a plain scan, no match objects. */
export function wordsAt(normalised: string): { words: string[]; offsets: number[] } {
  const out = { words: [] as string[], offsets: [] as number[] };
  const n = normalised.length;
  for (let i = 0; i < n; ) {
    if (!isWordChar(normalised, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordChar(normalised, j)) j++;
    out.words.push(normalised.slice(i, j));
    out.offsets.push(i);
    i = j;
  }
  return out;
}
