import { describe, expect, it } from 'vitest';
import routes from '../fixtures/routes.json';
import { isWorkbenchHome, liveRoomId, pageKind, urlItemId } from '@/core/page-kind';

describe('pageKind', () => {
  it.each([
    ['https://s.kwaixiaodian.com/zone/goods/v1/list', 'goods-list'],
    ['https://s.kwaixiaodian.com/zone/goods/v1/list?page=2&status=1', 'goods-list'],
    ['https://s.kwaixiaodian.com/zone/goods/list', 'goods-list'],
    ['https://s.kwaixiaodian.com/zone/goods/list/', 'goods-list'],
    ['https://s.kwaixiaodian.com/zone/goods/config/release/add', 'goods-form'],
    [
      'https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=25801234567822',
      'goods-form',
    ],
    ['https://s.kwaixiaodian.com/zone/goods/nexus/self/release/add', 'goods-form'],
    ['https://s.kwaixiaodian.com/zone/business-invitation/business/singleList?id=1119', 'signup'],
    ['https://s.kwaixiaodian.com/zone/goods/detail?id=25801234567822', 'detail'],
    ['https://app.kwaixiaodian.com/web/kwaishop-goods-detail-page-app?id=1', 'detail'],
    ['https://zs.kwaixiaodian.com/page/helper', 'live-console'],
    ['https://live.kuaishou.com/u/3xkz9fa2', 'live-room'],
    ['http://live.kuaishou.com:8123/u/3xkz9fa2?from=share', 'live-room'],
    ['https://S.KWAIXIAODIAN.COM/zone/goods/v1/list', 'goods-list'],
  ])('%s is %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });

  it.each([
    'https://s.kwaixiaodian.com/zone/home',
    'https://s.kwaixiaodian.com/zone/goods/v1/listing',
    'https://s.kwaixiaodian.com/zone/goods',
    'https://evil.example/zone/goods/v1/list',
    'https://s.kwaixiaodian.com.evil.example/zone/goods/v1/list',
    'https://live.kuaishou.com/u/',
    'https://live.kuaishou.com/profile/3xkz9fa2',
    'https://zs.kwaixiaodian.com/page/helper-old',
    'file:///zone/goods/v1/list',
    'not a url',
    '',
  ])('%s is no kind', (url) => {
    expect(pageKind(url)).toBeNull();
  });

  it('agrees with every route the fixture server serves', () => {
    for (const route of routes) {
      const room = route.prefix ? 'abc123' : '';
      const query = route.query === undefined ? '' : `?${route.query}`;
      const url = `https://${route.host}${route.path}${room}${query}`;
      expect(pageKind(url), url).toBe(route.kind);
    }
  });
});

describe('URL helpers', () => {
  it('knows the workbench home', () => {
    expect(isWorkbenchHome('https://s.kwaixiaodian.com/zone/home?tab=1')).toBe(true);
    expect(isWorkbenchHome('https://s.kwaixiaodian.com/zone/goods/v1/list')).toBe(false);
  });

  it('names the live room by its path', () => {
    expect(liveRoomId('https://live.kuaishou.com/u/3xkz9fa2?x=1')).toBe('3xkz9fa2');
    expect(liveRoomId('https://s.kwaixiaodian.com/u/3xkz9fa2')).toBeNull();
  });

  it('reads the item id of a detail or edit URL, and only a numeric one', () => {
    expect(urlItemId('https://s.kwaixiaodian.com/zone/goods/detail?id=25801234567822')).toBe(
      '25801234567822',
    );
    expect(urlItemId('https://x.test/?itemId=42&id=7')).toBe('42');
    expect(urlItemId('https://x.test/?id=<script>')).toBeNull();
    expect(urlItemId('https://x.test/')).toBeNull();
  });
});
