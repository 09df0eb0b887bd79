/**
 * Each built content script's size, raw and gzip: the page benchmark prints them and an e2e spec
 * holds them to the budget, so a change that outgrows it fails CI rather than a later benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 5: a content script need not carry the rules core or zod (the worker evaluates). */
export const gzipBudgetBytes = 25 * 1024;

export interface ScriptSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export function contentScriptSizes(extensionDir: string): ScriptSize[] {
  const dir = join(extensionDir, 'content-scripts');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  } catch {
    // no content script built yet
  }
  return files.map((file) => {
    const code = readFileSync(join(dir, file));
    return { file, rawBytes: code.length, gzipBytes: gzipSync(code).length };
  });
}
