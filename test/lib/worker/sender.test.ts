import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '@/lib/worker/sender';

const self = { id: 'our-id', origin: 'chrome-extension://our-id/' };
const tab = (url: string) => ({ id: 1, index: 0, url }) as never;

describe('isTrustedSender', () => {
  it('trusts our popup and our options page, also when opened in a tab', () => {
    expect(
      isTrustedSender({ id: 'our-id', url: 'chrome-extension://our-id/popup.html' }, self),
    ).toBe(true);
    expect(
      isTrustedSender(
        {
          id: 'our-id',
          url: 'chrome-extension://our-id/options.html',
          tab: tab('chrome-extension://our-id/options.html'),
        },
        self,
      ),
    ).toBe(true);
  });

  it('trusts our content scripts on the hosts we run on', () => {
    for (const url of [
      'https://s.kwaixiaodian.com/zone/goods/v1/list',
      'https://zs.kwaixiaodian.com/page/helper',
      'https://live.kuaishou.com/u/abc',
      'https://app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=1',
    ]) {
      expect(isTrustedSender({ id: 'our-id', url, tab: tab(url) }, self), url).toBe(true);
    }
  });

  it('refuses another extension, a foreign host, and a message with no tab and no page of ours', () => {
    expect(isTrustedSender({ id: 'other', url: 'chrome-extension://other/popup.html' }, self)).toBe(
      false,
    );
    expect(
      isTrustedSender(
        { id: 'our-id', url: 'https://evil.example/', tab: tab('https://evil.example/') },
        self,
      ),
    ).toBe(false);
    // A look-alike host must not pass a suffix test.
    const lookAlike = 'https://live.kuaishou.com.evil.example/u/1';
    expect(isTrustedSender({ id: 'our-id', url: lookAlike, tab: tab(lookAlike) }, self)).toBe(
      false,
    );
    expect(isTrustedSender({ id: 'our-id', url: 'https://live.kuaishou.com/u/1' }, self)).toBe(
      false,
    );
    expect(isTrustedSender({}, self)).toBe(false);
  });

  it('refuses an http: copy of our hosts in the store build, trusts it only in the e2e build', () => {
    for (const url of [
      'http://s.kwaixiaodian.com/zone/goods/v1/list',
      'http://live.kuaishou.com/u/1',
    ]) {
      // Unit tests run without WXT_PLAIN_HTTP: the store build's behaviour is the default.
      expect(isTrustedSender({ id: 'our-id', url, tab: tab(url) }, self), url).toBe(false);
      expect(isTrustedSender({ id: 'our-id', url, tab: tab(url) }, self, false), url).toBe(false);
      expect(isTrustedSender({ id: 'our-id', url, tab: tab(url) }, self, true), url).toBe(true);
    }
    // Even the e2e build trusts no other scheme.
    const ftp = 'ftp://s.kwaixiaodian.com/x';
    expect(isTrustedSender({ id: 'our-id', url: ftp, tab: tab(ftp) }, self, true)).toBe(false);
  });
});
