/** Builds the Chrome package once per run; every spec loads the same private copy of it. */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildExtension } from '../../scripts/launch-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject) {
  const extensionDir = buildExtension('chrome');
  project.provide('extensionDir', extensionDir);
  return () => rmSync(extensionDir, { recursive: true, force: true });
}
