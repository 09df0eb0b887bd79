import { beforeEach, describe, expect, it } from 'vitest';
import { readSignup } from '@/lib/adapters/signup';
import { loadFixture } from './fixture-page';

const URL = 'https://s.kwaixiaodian.com/zone/business-invitation/business/singleList?id=1119';

describe('signup adapter', () => {
  beforeEach(() => loadFixture('signup.html', { url: URL }));

  it('reads the activity, its 报名时间 and the low the page states', () => {
    expect(readSignup(document, URL)).toEqual({
      activityId: '1119',
      activityName: '2023年快手38节资金权益活动',
      signupWindow: { from: '2023-02-15', to: '2023-03-30' },
      pageLow: { itemId: '25801234567811', fen: 269900 },
      request: {},
    });
  });

  it('has no window and no low when the page shows none', () => {
    document.querySelector('.ant-descriptions')?.remove();
    document.querySelector('[class^="play-list--"]')?.remove();
    document.querySelector('[class*="history-low--"]')?.replaceChildren();
    const read = readSignup(document, URL);
    expect(read.signupWindow).toBeNull();
    expect(read.pageLow).toBeNull();
  });

  it('reads the renamed page alike', () => {
    const before = readSignup(document, URL);
    loadFixture('signup.html', { url: URL, renamed: true });
    expect(readSignup(document, URL)).toEqual(before);
  });
});
