import * as core from '@actions/core';
import { compareFindings, messageWithFix, type Finding } from '../../findings.js';
import type { Sink } from './types.js';

/** GitHub shows 10 annotations per level per step. */
export const SHOWN_PER_LEVEL = 10;

export interface AnnotationCommand {
  kind: 'error' | 'warning' | 'notice';
  message: string;
  properties?: core.AnnotationProperties;
}

/**
 * Errors first, 10 per level. When any finding is left out, the first notice of ours points to the summary, so it
 * comes before the notes (which then show one fewer) and is never itself the one the platform hides. Notices
 * the step printed before (scope fallbacks) use up the same 10.
 */
export function planAnnotations(findings: readonly Finding[], earlierNotices = 0): AnnotationCommand[] {
  const sorted = [...findings].sort(compareFindings);
  const byLevel = { error: sorted.filter((f) => f.level === 'error'), warning: sorted.filter((f) => f.level === 'warning'), note: sorted.filter((f) => f.level === 'note') };
  const noteRoom = Math.max(0, SHOWN_PER_LEVEL - earlierNotices);
  const overflow = byLevel.error.length > SHOWN_PER_LEVEL || byLevel.warning.length > SHOWN_PER_LEVEL || byLevel.note.length > noteRoom;
  const notesShown = overflow ? Math.max(0, noteRoom - 1) : noteRoom;
  const shown = [...byLevel.error.slice(0, SHOWN_PER_LEVEL), ...byLevel.warning.slice(0, SHOWN_PER_LEVEL)];
  const notes = byLevel.note.slice(0, notesShown);
  const hidden = sorted.length - shown.length - notes.length;
  const out: AnnotationCommand[] = shown.map(command);
  if (hidden > 0) {
    out.push({ kind: 'notice', message: `${hidden} more findings are not annotated here (GitHub shows ${SHOWN_PER_LEVEL} per level and step): see the job summary for all ${sorted.length}.` });
  }
  out.push(...notes.map(command));
  return out;
}

function command(f: Finding): AnnotationCommand {
  return {
    kind: f.level === 'note' ? 'notice' : f.level,
    message: messageWithFix(f),
    properties: { title: f.ruleId, file: f.path, ...(f.line === undefined ? {} : { startLine: f.line, endLine: f.line }) },
  };
}

export const annotationsSink: Sink = {
  name: 'annotations',
  async write({ report, earlierNotices }) {
    for (const c of planAnnotations(report.findings, earlierNotices)) core[c.kind](c.message, c.properties);
  },
};
