/**
 * Issue 16's guard rail: the core decides, so a rule id, a status word or a pack number written
 * outside core/ is a decision made in the wrong place (DESIGN-REVIEW §8). Components, lib/ and
 * the CLI take them from core/present, core/report and the pack. A string that merely names a
 * rule inside a sentence (`… FI-COSUB`) is text, not a decision, and is not matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const surfaces = ['components', 'lib', 'entrypoints', 'scripts/check', 'scripts/check.ts'];
/** Dev tooling that builds sample data, not a surface. */
const notSurfaces = [/^scripts\/(bench|demo|batch-samples|launch|make-icons)/];

function sourceFiles(path: string): string[] {
  const full = join(root, path);
  if (/\.(ts|tsx)$/.test(path)) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(path, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(full, entry.name)]
        : [],
  );
}

const files = surfaces
  .flatMap(sourceFiles)
  .map((file) => relative(root, file))
  .filter((file) => !notSurfaces.some((pattern) => pattern.test(file)));

/** Comments say why; only code decides. */
const code = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const forbidden: { what: string; pattern: RegExp }[] = [
  { what: 'a rule id literal', pattern: /['"`](?:M|D|C|FI|BNPL)-[A-Z0-9-]+['"`]/g },
  { what: 'a status word', pattern: /提醒|注意|通过/g },
  { what: 'a percentage (a pack number)', pattern: /\d+(?:\.\d+)?\s?[%‱]/g },
];

describe('one decider: no rule id, status word or pack number outside core/', () => {
  it('finds the surfaces to scan', () => {
    expect(files).toContain('components/badge.tsx');
    expect(files).toContain('scripts/check/table.ts');
  });

  it('catches what it looks for', () => {
    const samples = [`['D-LOW90']`, `m('注意', 'note')`, `'最低价的90%'`];
    forbidden.forEach(({ pattern }, index) => expect(samples[index]).toMatch(pattern));
  });

  for (const { what, pattern } of forbidden) {
    it(`has no ${what} outside core/`, () => {
      const found = files.flatMap((file) =>
        [...code(file).matchAll(pattern)].map((match) => `${file}: ${match[0]}`),
      );
      expect(found).toEqual([]);
    });
  }
});

describe('the worker imports no UI', () => {
  it('names nothing under components/ (its labels and CSS come through lib/content-ui.ts)', () => {
    const found = files
      .filter((file) => file.startsWith('lib/worker/'))
      .filter((file) => /from\s+['"]@\/components\//.test(code(file)));
    expect(found).toEqual([]);
  });
});
