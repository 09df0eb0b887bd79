/**
 * The store build matches `https://` only; the build the e2e tests load (WXT_PLAIN_HTTP, see
 * wxt.config.ts) is the only one with `*://`, for the plain-http fixture server.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { projectDir } from '../../scripts/launch-chromium';

interface Manifest {
  content_scripts?: { matches?: string[] }[];
  host_permissions?: string[];
  permissions?: string[];
}

const patternsOf = (manifest: Manifest) => [
  ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ...(manifest.host_permissions ?? []),
];
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

test('the store build has no http pattern; the e2e build widens exactly those', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.WXT_PLAIN_HTTP;
  execFileSync('npx', ['wxt', 'build'], { cwd: projectDir, env, stdio: 'ignore' });
  const store = patternsOf(readManifest(join(projectDir, '.output', 'chrome-mv3')));
  expect(store.length).toBeGreaterThan(0);
  for (const pattern of store) expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  expect(store.join(' ')).not.toMatch(/http:|\*:\/\//);

  const e2e = patternsOf(readManifest(inject('extensionDir')));
  expect(e2e).toEqual(store.map((pattern) => pattern.replace(/^https:/, '*:')));
}, 180_000);
