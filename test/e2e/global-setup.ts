/**
 * Builds the package of the project's browser once per run (chrome-mv3 for `chromium`,
 * firefox-mv2 for `firefox`); every spec of that project loads the same private copy of it.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildExtension } from '../../scripts/launch-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject) {
  const firefox = project.config.env?.E2E_BROWSER === 'firefox';
  // E2E_FIREFOX_MV3=1: the Firefox project runs the MV3 package instead (README: MV2 or MV3).
  const mv3 = firefox && process.env.E2E_FIREFOX_MV3 === '1';
  const extensionDir = buildExtension(firefox ? 'firefox' : 'chrome', mv3);
  project.provide('extensionDir', extensionDir);
  return () => rmSync(extensionDir, { recursive: true, force: true });
}
