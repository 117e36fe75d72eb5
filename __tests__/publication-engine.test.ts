import { afterAll, afterEach, beforeEach, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkByName } from '../src/checks/all.js';
import { createPublicationCheck, publicationCheck } from '../src/checks/publication/index.js';
import { EMPTY_CONFIG } from '../src/config/schema.js';
import type { Report } from '../src/report/model.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';
import { HANG } from './helpers/publication-check.js';
import { FakeGitHub, type Scripted } from './helpers/publication-server.js';

let gh: FakeGitHub;
const declaration = checkByName('publication');
const registered = declaration.load;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
  declaration.load = async () => createPublicationCheck({ publicGitHub: { apiUrl: gh.url, webHost: 'github.com' }, resilience: HANG });
});
afterEach(async () => {
  declaration.load = registered;
  await gh.stop();
});
afterAll(removeTempDirs);

it('is registered as the publication check', async () => {
  expect(await registered()).toBe(publicationCheck);
});

it('keeps the other checks\' findings when the API never answers', async () => {
  const root = await tempDir();
  await writeFile(join(root, 'README.md'), '# App\n\nSource: https://github.com/acme/app\n');
  await writeFile(join(root, '.env'), 'API_ID=4\nAPI_HASH=014b35b6184100b085b0d0572f9b5103\n');
  gh.script('/repos/acme/app', { hang: true }, { hang: true }, { hang: true });
  const report = await scan(root, { checks: ['credentials', 'publication'], settings: { apiUrl: gh.url, repository: 'acme/app' } });
  expect(report.checks.publication.status).toBe('ran');
  expect(report.findings.map((f) => f.ruleId).sort()).toEqual(expect.arrayContaining(['published-api-credentials', 'source-unverified']));
  const unverified = report.findings.find((f) => f.ruleId === 'source-unverified')!;
  expect(unverified).toMatchObject({ path: 'README.md', line: 1, level: 'warning' });
  expect(unverified.fingerprint).toMatch(/^[0-9a-f]{32}$/);
}, 5000);

it.each<[string, Scripted[]]>([
  ['5xx on every try', [{ status: 502 }, { status: 503 }, { status: 500 }]],
  ['403 with a used-up rate limit', [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded' } }]],
  ['malformed JSON', [{ raw: '{"private": ' }]],
  ['a connection reset on every try', [{ reset: true }, { reset: true }, { reset: true }]],
])('keeps every local finding, and marks publication source-unverified, on %s', async (_, answers) => {
  const root = await tempDir();
  await writeFile(join(root, 'README.md'), '# App\n');
  await writeFile(join(root, '.env'), 'API_ID=4\nAPI_HASH=014b35b6184100b085b0d0572f9b5103\n');
  const alone = await scan(root, { checks: ['credentials'] });
  gh.script('/repos/acme/app', ...answers);
  const report = await scan(root, { checks: ['credentials', 'publication'], settings: { apiUrl: gh.url, repository: 'acme/app', ref: 'a'.repeat(40) } });
  expect(report.checks.publication.status).toBe('ran');
  expect(report.findings.filter((f) => f.ruleId === 'published-api-credentials')).toEqual(alone.findings);
  expect(report.findings.filter((f) => f.ruleId === 'source-unverified')).toHaveLength(1);
  expect(report.result).toBe('fail');
}, 10000);

it('license and publication read one GPL duty: config-ignored upstream code brings it to neither', async () => {
  const root = await tempDir();
  await writeFile(join(root, 'README.md'), '# App\n');
  await mkdir(join(root, 'samples/TMessagesProj/src/main/java/org/telegram/messenger'), { recursive: true });
  await writeFile(join(root, 'samples/TMessagesProj/src/main/java/org/telegram/messenger/Util.java'), 'package org.telegram.messenger;\n');
  gh.add('acme/app', { private: true, branches: { main: ['a'.repeat(40)] } });
  const levels = (report: Report) => report.findings.filter((f) => ['license-missing', 'source-not-public'].includes(f.ruleId)).map((f) => `${f.ruleId} ${f.level}`).sort();
  const settings = { apiUrl: gh.url, repository: 'acme/app' };
  const withDuty = await scan(root, { checks: ['license', 'publication'], settings });
  expect(levels(withDuty)).toEqual(['license-missing error', 'source-not-public error']);
  const ignored = await scan(root, { checks: ['license', 'publication'], settings }, { ...EMPTY_CONFIG, ignore: [{ paths: ['samples/**'], reason: 'upstream samples kept for reference' }] });
  expect(levels(ignored)).toEqual(['license-missing note', 'source-not-public note']);
  for (const f of ignored.findings.filter((x) => x.ruleId !== 'source-directions-missing')) expect(f.message).toMatch(/no GPL duty: no code derived from a GPL Telegram app found/i);
}, 10000);
