import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { registerUiCss, shadowCss, shadowMounter, styleShadowRoot } from '@/lib/content/mount';
import { isOwnHost, shadowOf } from '@/lib/content/own-hosts';

describe('shadow-root styling', () => {
  let ctx: ContentScriptContext;

  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('kuaishou-mount-test');
    // A new stylesheet starts afresh: whether adopting works is learnt again on the next root.
    registerUiCss('.ks-badge{color:red}');
  });
  afterEach(() => ctx.abort());

  it('puts the important host reset first: a page `* { all: unset }` must not win', () => {
    registerUiCss('.ks-badge{color:red}');
    expect(shadowCss()).toBe(':host{all:initial !important;}\n.ks-badge{color:red}');
  });

  it('gives every shadow root the SAME parsed sheet and no <style> copy', async () => {
    registerUiCss('.ks-badge{color:red}');
    const mount = shadowMounter();
    const first = document.createElement('span');
    const second = document.createElement('span');
    document.body.append(first, second);
    const a = await mount({ name: 'ks-check-badge', anchor: first, append: 'after' });
    const b = await mount({ name: 'ks-check-badge', anchor: second, append: 'after' });
    const sheetsA = shadowOf(a.host)!.adoptedStyleSheets;
    const sheetsB = shadowOf(b.host)!.adoptedStyleSheets;
    expect(sheetsA).toHaveLength(1);
    expect(sheetsB[0]).toBe(sheetsA[0]);
    expect(Array.from(sheetsA[0]!.cssRules, (rule) => rule.cssText).join(' ')).toContain(
      '.ks-badge',
    );
    const styleTexts = Array.from(shadowOf(a.host)!.querySelectorAll('style')).map(
      (style) => style.textContent ?? '',
    );
    // No root carries its own copy of the CSS.
    expect(styleTexts.every((text) => text.trim() === '')).toBe(true);
  });

  it('falls back to a <style> text when adopting a sheet throws (Firefox Xray wrappers)', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    vi.spyOn(shadow, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new Error('Permission denied to access property');
    });
    styleShadowRoot(shadow);
    expect(shadow.querySelector('style')?.textContent).toBe(shadowCss());
  });

  it('falls back to a <style> text when the assignment silently does not take', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    vi.spyOn(shadow, 'adoptedStyleSheets', 'get').mockReturnValue([]);
    vi.spyOn(shadow, 'adoptedStyleSheets', 'set').mockImplementation(() => undefined);
    styleShadowRoot(shadow);
    expect(shadow.querySelector('style')?.textContent).toBe(shadowCss());
    // Learnt once: the next root gets its <style> without trying again.
    const next = document.createElement('div').attachShadow({ mode: 'open' });
    styleShadowRoot(next);
    expect(next.querySelector('style')?.textContent).toBe(shadowCss());
  });
});

describe('own hosts: closed roots, known by identity', () => {
  it('mounts a closed shadow root the page cannot reach; our handle reaches it', () => {
    registerUiCss('.ks-badge{color:red}');
    const anchor = document.createElement('span');
    document.body.append(anchor);
    const ui = shadowMounter()({ name: 'ks-check-badge', anchor, append: 'after' });
    ui.render('✓');
    expect(ui.host.shadowRoot).toBeNull();
    expect(isOwnHost(ui.host)).toBe(true);
    expect(shadowOf(ui.host)?.textContent).toContain('✓');
    ui.remove();
  });

  it('a page element with our tag name and attributes is not ours', () => {
    const forged = document.createElement('ks-check-badge');
    forged.setAttribute('data-check-status', 'pass');
    forged.attachShadow({ mode: 'open' }).textContent = '✓';
    document.body.append(forged);
    expect(isOwnHost(forged)).toBe(false);
    expect(shadowOf(forged)).toBeNull();
  });
});
