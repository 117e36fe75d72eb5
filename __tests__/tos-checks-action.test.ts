import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { catIcon, draw, planeIcon } from './helpers/icon-drawing.js';
import { encodePng } from './helpers/icon-files.js';
import { removeTempDirs, tree } from './helpers/fixtures.js';
import { FakeGitHub } from './helpers/github-server.js';
import { commands, runAction, type ActionRunOptions } from './helpers/run-action.js';

// The ToS 2.2 and 2.4 rules through the bundled action, as a workflow runs it: the `checks` input, the config's
// `checks`, `rules` and `ignore`, annotations, outputs and the job summary.

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterEach(async () => gh.close());
afterAll(removeTempDirs);

const ICON = 'app/src/main/res/mipmap-xxxhdpi/ic_launcher.png';
const LISTING = 'fastlane/metadata/android/en-US/full_description.txt';

/** An Android app whose launcher icon is the reference-like logo (or a cat), with a fastlane listing that says nothing of the API. */
function app(icon: 'logo' | 'cat', config?: string): Promise<string> {
  return tree({
    'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application android:label="Chat" android:icon="@mipmap/ic_launcher"/></manifest>\n',
    [ICON]: encodePng(draw(192, icon === 'logo' ? planeIcon() : catIcon(), { padding: 0.04 })),
    [LISTING]: 'Chat is a fast messenger with cloud sync and secret chats.\n',
    'fastlane/metadata/android/en-US/short_description.txt': 'A fast messenger.\n',
    ...(config ? { '.github/telegram-compliance.yml': config } : {}),
  });
}

const dispatch = (workspace: string, inputs: Record<string, string>): Promise<Awaited<ReturnType<typeof runAction>>> =>
  runAction({ workspace, event: 'workflow_dispatch', payload: {}, inputs, apiUrl: gh.url } satisfies ActionRunOptions);

describe('the listing check and the official-logo rule in the action', () => {
  test('`checks: branding,listing`: the logo is an error annotation on the file, the listing a warning, both in the summary', async () => {
    const r = await dispatch(await app('logo'), { checks: 'branding,listing' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '1', warnings: '1' });
    const [logo] = commands(r.stdout, 'error');
    expect(logo).toMatch(new RegExp(`^::error title=official-logo,file=${ICON.replace(/\//g, '\\/')}::`)); // a file annotation: no line
    expect(commands(r.stdout, 'warning').join('\n')).toMatch(new RegExp(`title=store-listing-api-notice,file=${LISTING.replace(/\//g, '\\/')},line=1`));
    expect(r.summary).toContain('`official-logo`');
    expect(r.summary).toContain('`store-listing-api-notice`');
    expect(r.summary).toMatch(/\| listing \| ran \|/);
  });

  test("with the checks input left empty the config's `checks` picks them; `rules` turns the logo rule off, `ignore` silences the listing", async () => {
    const config = [
      'checks: [branding, listing]',
      'rules:',
      '  official-logo: off',
      'ignore:',
      `  - { paths: ["fastlane/**"], rules: [store-listing-api-notice], reason: "listing kept in the store console" }`,
      '',
    ].join('\n');
    const r = await dispatch(await app('logo', config), { checks: '' }); // action.yml's default: the config decides
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '0', suppressed: '2' });
    expect(r.summary).toContain('listing kept in the store console');
    expect(r.summary).toMatch(/\| `app\/src\/main\/res\/mipmap-xxxhdpi\/ic_launcher\.png` \| `official-logo` \| config \| rule turned off in the config/);
  });

  test('an app with its own icon and no listing passes; the summary says the listing check found nothing to check', async () => {
    const workspace = await tree({
      'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application android:label="Chat" android:icon="@mipmap/ic_launcher"/></manifest>\n',
      [ICON]: encodePng(draw(192, catIcon())),
    });
    const r = await dispatch(workspace, { checks: 'branding,listing' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '0' });
    expect(r.summary).toMatch(/\| listing \| found nothing to check: no store listing in the repository \|/);
  });
});

describe('inputs a workflow leaves unset', () => {
  // The runner passes action.yml's defaults as if given: a non-empty default would always override the config.
  test("the config's fail-on and checks apply (action.yml's defaults are empty)", async () => {
    const workspace = await app('cat', 'checks: [listing]\nfail-on: warning\n');
    const r = await dispatch(workspace, { checks: '', 'fail-on': '' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ result: 'fail', errors: '0', warnings: '1' });
    expect(r.summary).not.toMatch(/\| branding \|/);
    const given = await dispatch(workspace, { checks: 'listing', 'fail-on': 'error' });
    expect(given.code).toBe(0); // an input that is set overrides the config
  });
});
