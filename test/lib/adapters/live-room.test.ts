import { beforeEach, describe, expect, it } from 'vitest';
import { findCart, readCart, readExplainingCard, readLiveStream } from '@/lib/adapters/live-room';
import { fixtureHtml, loadFixture, loadHtml } from './fixture-page';

const URL = 'https://live.kuaishou.com/u/3xkz9fa2';

function cart(): Element {
  const found = findCart(document);
  if (!found) throw new Error('no cart');
  return found;
}

describe('live room adapter', () => {
  beforeEach(() => loadFixture('live-room.html', { url: URL }));

  it('takes the stream whose author is the room, not the recommendations', () => {
    expect(readLiveStream(document, URL)).toEqual({
      roomId: '3xkz9fa2',
      matchedBy: 'author-id',
      isLiving: true,
      authorName: '乔迁好物旗舰店',
      streamId: 'LmT8cVq2xZk',
    });
    expect(readLiveStream(document, 'https://live.kuaishou.com/u/nobody')).toBeNull();
  });

  it('finds the 小黄车 cart, not the chat, and reads its six items by text', () => {
    expect(cart().querySelector('#chat-list')).toBeNull();
    const items = readCart(cart());
    expect(items.map((item) => item.itemId)).toEqual([
      '25801234567822',
      '25801234567899',
      '25801234567844',
      '25801234567877',
      '25801234567900',
      '25801234567811',
    ]);
    expect(items[0]?.product).toMatchObject({
      priceFen: 299900,
      live: { explaining: false },
      deposit: { amountFen: 10000, labelText: '意向金可抵200元' },
    });
    expect(items[1]?.product.live).toEqual({ explaining: true });
    expect(items[2]?.buyNowPayLater).toBe(true);
    expect(items[3]?.product.installment).toEqual({ periods: 3, payer: 'merchant' });
  });

  it('measures each rendered deposit label against the body text', () => {
    const [big, small] = readCart(cart());
    expect(big?.product.deposit).toMatchObject({ labelFontPx: 22, bodyFontPx: 14 });
    expect(small?.product.deposit).toMatchObject({ labelFontPx: 18, bodyFontPx: 14 });
    expect(small?.product.deposit?.labelColor?.toLowerCase()).toMatch(
      /#ff7a45|rgb\(255, ?122, ?69\)/,
    );
  });

  it('reads the 讲解中 card over the player as the explained product', () => {
    const card = readExplainingCard(document, cart());
    expect(card?.itemId).toBe('25801234567899');
    expect(card?.product.live).toEqual({ explaining: true });
    expect(card?.anchor.textContent).toBe('¥458.00');
  });

  it('finds the cart even when a chat message also says 小黄车', () => {
    const message = document.createElement('div');
    message.textContent = '小黄车3号还有吗';
    document.getElementById('chat-list')?.append(message);
    expect(cart().contains(message)).toBe(false);
    expect(readCart(cart())).toHaveLength(6);
  });

  it('still reads after the class names change', () => {
    const before = readCart(cart()).map((item) => item.product);
    loadFixture('live-room.html', { url: URL, renamed: true });
    expect(readCart(cart()).map((item) => item.product)).toEqual(before);
  });
});

describe('live room whose state names the streamer by the numeric user id', () => {
  const ROOM = 'https://live.kuaishou.com/u/haowu88yx';
  beforeEach(() => loadFixture('live-room-numeric.html', { url: ROOM }));

  it('takes playList[0] as the room own stream, through bare NaN, Infinity and undefined', () => {
    expect(readLiveStream(document, ROOM)).toEqual({
      roomId: 'haowu88yx',
      matchedBy: 'first-entry',
      isLiving: true,
      authorName: '好物严选',
      streamId: 'Nm3qLive88',
    });
  });

  it('still prefers the entry whose author id is the room id', () => {
    const recommended = 'https://live.kuaishou.com/u/kkrecommend07';
    loadFixture('live-room-numeric.html', { url: recommended });
    expect(readLiveStream(document, recommended)).toMatchObject({
      matchedBy: 'author-id',
      streamId: 'rec-stream-07',
    });
  });

  it('claims no stream for a room reached by in-page navigation: the state is the first room’s', () => {
    expect(readLiveStream(document, 'https://live.kuaishou.com/u/another01')).toBeNull();
  });

  it('reads an off-air first entry as off air', () => {
    loadHtml(
      fixtureHtml('live-room-numeric.html').replace('"isLiving":true', '"isLiving":false'),
      ROOM,
    );
    expect(readLiveStream(document, ROOM)?.isLiving).toBe(false);
  });
});
