/** How one language says that an app is an unofficial one built on the Telegram API. */
export interface Language {
  /** BCP 47 primary subtags of the locales written in it (`ru` for ru-RU). */
  codes: readonly string[];
  /** Its English name, for messages. */
  name: string;
  /** The sentence a listing in this language should carry; it passes the language's own statements. */
  sentence: string;
  /** Patterns over the normalised listing (see judge.ts), each a statement that passes. */
  statements: readonly RegExp[];
}

/** A statement is matched from the start of a word: no letter or digit right before it. */
const WORD_START = '(?<![\\p{L}\\p{N}])';

/**
 * Up to `n` whole words between two parts of a statement, within one sentence. The normalised text has single
 * spaces, so each word is taken whole: the work per try is bounded by the words it spans (linear overall).
 */
export function words(n: number): string {
  return `(?:[^ .!?;:。！？؟]+ ){0,${n}}`;
}

/** Up to `n` characters within one sentence, for languages written without spaces (Chinese). */
export function chars(n: number): string {
  return `[^.!?;:。！？؟]{0,${n}}`;
}

/** A statement made of pattern pieces, matched from a word start (case is folded before matching). */
export function statement(...pieces: string[]): RegExp {
  return new RegExp(WORD_START + pieces.join(''), 'u');
}

/** A statement in a language written without spaces: no word start is needed. */
export function statementAnywhere(...pieces: string[]): RegExp {
  return new RegExp(pieces.join(''), 'u');
}
