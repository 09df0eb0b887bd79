/**
 * Loads a fixture page into happy-dom's document (the real global one, so computed styles and
 * `instanceof` work), optionally with every generated class suffix rewritten — the next release of
 * the page — and runs chosen inline scripts of the page (happy-dom does not run them by itself).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8');
}

/** `title--KL0QI` → `title--Zz9Yy`: a new release renames every hashed class, CSS included. */
export function rewriteHashedClasses(html: string): string {
  let changed = 0;
  const rewritten = html.replace(
    /([a-z])--([A-Za-z0-9]{5})(?![A-Za-z0-9])/g,
    (_match, head: string, hash: string) => {
      changed += 1;
      const shifted = Array.from(hash, (char) =>
        /[a-y]/i.test(char)
          ? String.fromCharCode(char.charCodeAt(0) + 1)
          : /\d/.test(char)
            ? String((Number(char) + 3) % 10)
            : 'Z',
      ).join('');
      return `${head}--${shifted}`;
    },
  );
  if (changed === 0) throw new Error('no hashed class names to rewrite');
  return rewritten;
}

export function loadHtml(html: string, url?: string): Document {
  if (url) (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom loads no script files: a page's external scripts (the fixtures' chat) stay out.
  parsed.querySelectorAll('script[src]').forEach((script) => script.remove());
  document.documentElement.replaceChildren(
    ...Array.from(parsed.documentElement.childNodes, (node) => document.importNode(node, true)),
  );
  return document;
}

export function loadFixture(
  name: string,
  options: { url?: string; renamed?: boolean } = {},
): Document {
  const html = fixtureHtml(name);
  return loadHtml(options.renamed ? rewriteHashedClasses(html) : html, options.url);
}

/** Runs the page's inline scripts whose text contains `marker` (as the browser would have). */
export function runInlineScripts(doc: Document, marker: string): number {
  let ran = 0;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(marker)) continue;
    new Function(text)();
    ran += 1;
  }
  if (ran === 0) throw new Error(`no inline script contains ${marker}`);
  return ran;
}
