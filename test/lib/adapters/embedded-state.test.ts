import { describe, expect, it } from 'vitest';
import { parseAssignedState, pick, readEmbeddedState } from '@/lib/adapters/embedded-state';
import { loadFixture } from './fixture-page';

describe('embedded state', () => {
  it('reads the object assigned before the trailing IIFE, without evaluating anything', () => {
    const text = `window.__INITIAL_STATE__={"a":{"b":[1,2,{"c":"}"}]},"d":"say \\"hi\\" {"};(function(){throw new Error('never run')}());`;
    expect(parseAssignedState(text)).toEqual({ a: { b: [1, 2, { c: '}' }] }, d: 'say "hi" {' });
  });

  it('reads bare undefined as null, but not inside strings', () => {
    expect(
      parseAssignedState(
        'window.__INITIAL_STATE__={"x":undefined,"y":"undefined","z":[undefined]}',
      ),
    ).toEqual({
      x: null,
      y: 'undefined',
      z: [null],
    });
  });

  it('gives null for malformed, unbalanced or non-object states', () => {
    expect(parseAssignedState('window.__INITIAL_STATE__={"a":1')).toBeNull();
    expect(parseAssignedState('window.__INITIAL_STATE__={a:alert(1)}')).toBeNull();
    expect(parseAssignedState('window.__INITIAL_STATE__=JSON.parse("{}")')).toBeNull();
    expect(parseAssignedState('var other = {}')).toBeNull();
  });

  it('finds the state script in the live-room fixture', () => {
    loadFixture('live-room.html');
    const playList = pick(readEmbeddedState(document), 'liveroom', 'playList');
    expect(Array.isArray(playList)).toBe(true);
    expect(pick(playList, 1, 'author', 'id')).toBe('3xkz9fa2');
    expect(pick(readEmbeddedState(document), 'liveroom', 'websocketUrls')).toBeNull();
  });

  it('pick walks unknown JSON safely', () => {
    expect(pick(null, 'a')).toBeUndefined();
    expect(pick({ a: 'text' }, 'a', 'length')).toBeUndefined();
  });
});
