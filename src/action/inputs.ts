import * as core from '@actions/core';
import { SETTINGS } from '../checks/all.js';
import { UsageError } from '../config/schema.js';
import { didYouMean } from '../config/suggest.js';
import type { RawOptions } from '../options.js';

export const SCOPES = ['auto', 'full', 'changed'] as const;
export type ScopeMode = (typeof SCOPES)[number];

/** Every input of action.yml, read in this one place; options shared with the CLI stay text for resolveOptions. */
export interface ActionInputs {
  path: string;
  config: string;
  baseline: string;
  scope: ScopeMode;
  token?: string;
  comment: boolean;
  checkRun: boolean;
  sarifFile: string;
  raw: RawOptions;
}

export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): ActionInputs {
  const scope = get('scope').trim() || 'auto';
  if (!(SCOPES as readonly string[]).includes(scope)) throw new UsageError(`input scope: unknown value "${scope}"${didYouMean(scope, SCOPES)} (auto, full or changed)`);
  return {
    path: get('path').trim() || '.',
    config: get('config').trim(),
    baseline: get('baseline').trim(),
    scope: scope as ScopeMode,
    token: get('github-token').trim() || undefined,
    comment: flag(get, 'comment', true),
    checkRun: flag(get, 'check-run', false),
    sarifFile: get('sarif-file').trim(),
    raw: {
      checks: get('checks'),
      failOn: get('fail-on'),
      ...Object.fromEntries(SETTINGS.map((s) => [s.field, s.list ? get(s.name).split(/\r?\n/) : get(s.name)])),
    },
  };
}

/** A boolean input; unlike core.getBooleanInput, a bad value is one clear line. */
function flag(get: (name: string) => string, name: string, fallback: boolean): boolean {
  const v = get(name).trim();
  if (v === '') return fallback;
  if (/^(true|yes|on)$/i.test(v)) return true;
  if (/^(false|no|off)$/i.test(v)) return false;
  throw new UsageError(`input ${name}: "${v}" is not true or false`);
}
