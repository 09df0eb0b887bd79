import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findCart } from '@/lib/adapters/live-room';
import { dataChecks } from '@/lib/content/check-attributes';
import { createFrameBatcher } from '@/lib/content/frame-batcher';
import { watchContainer } from '@/lib/content/watch-container';
import { loadFixture } from '../adapters/fixture-page';
import { registerOwnHost } from '@/lib/content/own-hosts';

/** A host as lib/content/mount.ts makes one: known to be ours by identity. */
function ownHost(): HTMLElement {
  const host = document.createElement('ks-check-badge');
  registerOwnHost(host, host.attachShadow({ mode: 'closed' }));
  return host;
}

const ctx = new ContentScriptContext('watch-test');
afterEach(() => vi.useRealTimers());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scoped watching', () => {
  it('sees cart changes and none of the chat', async () => {
    loadFixture('live-room.html');
    const onChange = vi.fn();
    const watch = watchContainer(ctx, { kind: 'test', find: () => findCart(document), onChange });
    expect(onChange).toHaveBeenCalledTimes(1); // found
    const chat = document.getElementById('chat-list') as HTMLElement;
    for (let index = 0; index < 200; index += 1) chat.append(document.createElement('div'));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.current()?.querySelector('li')?.append(document.createElement('span'));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('ignores its own hosts coming and going', async () => {
    loadFixture('live-room.html');
    const onChange = vi.fn();
    const watch = watchContainer(ctx, { kind: 'test', find: () => findCart(document), onChange });
    const host = ownHost();
    watch.current()?.querySelector('li')?.append(host);
    await tick();
    host.remove();
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it("counts a page element that borrows our tag name as the page's change", async () => {
    loadFixture('live-room.html');
    const onChange = vi.fn();
    const watch = watchContainer(ctx, { kind: 'test', find: () => findCart(document), onChange });
    const forged = document.createElement('ks-check-badge');
    forged.setAttribute('data-check-status', 'pass');
    watch.current()?.querySelector('li')?.append(forged);
    await tick();
    expect(onChange).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it("moves its version on the page's changes only: a reader can keep its last read otherwise", async () => {
    loadFixture('live-room.html');
    const watch = watchContainer(ctx, {
      kind: 'test',
      find: () => findCart(document),
      onChange() {},
    });
    const found = watch.version();
    const item = watch.current()?.querySelector('li');
    const host = ownHost();
    item?.append(host);
    await tick();
    expect(watch.version()).toBe(found);
    item?.append(document.createElement('span'));
    await tick();
    expect(watch.version()).toBe(found + 1);
    watch.stop();
  });

  it('finds a container that is replaced or mounted late', async () => {
    vi.useFakeTimers();
    loadFixture('live-room.html');
    document.querySelector('[class^="shop-cart--"]')?.remove();
    const onChange = vi.fn();
    const watch = watchContainer(ctx, {
      kind: 'test',
      find: () => findCart(document),
      onChange,
      refindMs: 100,
    });
    expect(watch.current()).toBeNull();
    loadFixture('live-room.html');
    vi.advanceTimersByTime(150);
    expect(watch.current()).not.toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('coalesces any number of signals into one run', async () => {
    const work = vi.fn();
    const batcher = createFrameBatcher(ctx, 'test', work);
    for (let index = 0; index < 500; index += 1) batcher.schedule();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('data-checks', () => {
  it('is ID:status pairs in the order shown', () => {
    expect(
      dataChecks([
        { id: 'D-RATIO', status: 'fail' },
        { id: 'D-LOW90', status: 'pass' },
      ]),
    ).toBe('D-RATIO:fail D-LOW90:pass');
    expect(dataChecks([])).toBe('');
  });
});
