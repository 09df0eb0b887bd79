/**
 * ui.css is shared by shadow roots and the popup document: it must not style anything outside
 * its own classes, nor reach the network.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(__dirname, '../../components/ui.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const selectors = [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((rule) =>
  rule[1]!.split(/,(?![^(]*\))/).map((selector) => selector.trim()),
);

describe('ui.css', () => {
  it('roots every selector at :host or a class', () => {
    expect(selectors.length).toBeGreaterThan(40);
    for (const selector of selectors) expect(selector).toMatch(/^(:host|\.ks-)/);
  });

  it('resets the host and sets its own CJK font stack and palette', () => {
    expect(css).toMatch(/:host\s*\{\s*all:\s*initial;/);
    expect(css).toContain("'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei'");
    expect(css).toMatch(/\.ks-dark[^{]*\{[^}]*--ks-bg:/);
  });

  it('loads nothing from the network', () => {
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });
});
