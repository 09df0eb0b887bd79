import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageIsDark } from '@/lib/content/dark-mode';

describe('dark mode follows the page', () => {
  afterEach(() => {
    document.documentElement.className = '';
    document.body.className = '';
    document.documentElement.removeAttribute('data-theme');
    vi.restoreAllMocks();
  });

  it('sees a dark class or theme attribute on html or body', () => {
    expect(pageIsDark(document)).toBe(false);
    document.body.className = 'app theme-dark';
    expect(pageIsDark(document)).toBe(true);
    document.body.className = '';
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(pageIsDark(document)).toBe(true);
  });

  it('does not mistake words that merely contain "dark"', () => {
    document.body.className = 'darkness-free darker';
    expect(pageIsDark(document)).toBe(false);
  });

  it('falls back to the system setting', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('dark') }) as MediaQueryList,
    );
    expect(pageIsDark(document)).toBe(true);
  });
});
